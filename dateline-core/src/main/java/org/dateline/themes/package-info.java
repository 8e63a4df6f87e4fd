/** Themes and GDELT-style tone from compiled lexicons over lemmas. */
package org.dateline.themes;
