package org.pharos.coder.events;

/** Whether a lexicon trigger is a verb or a noun. */
public enum TriggerKind {
  VERB,
  NOUN
}
