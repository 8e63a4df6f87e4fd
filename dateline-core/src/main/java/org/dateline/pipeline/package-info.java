/** The public entry point: {@link org.dateline.pipeline.Dateline} runs the stages over an article and times them. */
package org.dateline.pipeline;
