package org.pharos.coder.actors;

/** What a knowledge-base entry names. */
public enum EntryKind {
  /** A country by name, short name or adjective ("Iraq", "Iraqi", "US"). */
  COUNTRY,
  /** The people of a country ("Iraqis"). */
  DEMONYM,
  /** A capital used as a metonym for the government ("Baghdad"), lower confidence. */
  CAPITAL,
  /** A role or sector word that combines with a country ("parliament", "troops"). */
  ROLE,
  /** A country-specific institution ("Pentagon", "IRGC"). */
  INSTITUTION,
  /** An international organisation or NGO. */
  IGO,
  /** A non-state armed group, party, front or company. */
  GROUP,
  /** A person with dated tenures. */
  PERSON,
  /** A generic actor coded even when unnamed ("gunmen", "a drone"). */
  GENERIC
}
