/** Date expressions, resolved against the article's publication date. */
package org.dateline.dates;
