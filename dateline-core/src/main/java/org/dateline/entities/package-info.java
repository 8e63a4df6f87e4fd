/** Named entities clustered within an article, with titles and roles attached to people. */
package org.dateline.entities;
