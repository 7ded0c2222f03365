/**
 * Modality of coded events: whether the text asserts, reports, plans, hypothesizes or negates the
 * event, read from auxiliaries, negation, speech-verb clauses, conditionals and questions.
 */
package org.pharos.coder.modality;
