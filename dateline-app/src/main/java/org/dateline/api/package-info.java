/** The REST API under {@code /v1} and the bundled web page, served by Javalin over a knowledge base. */
package org.dateline.api;
