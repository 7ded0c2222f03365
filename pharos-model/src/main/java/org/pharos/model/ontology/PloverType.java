package org.pharos.model.ontology;

/**
 * The sixteen PLOVER (2021) event types, from most cooperative to most conflictual. CAMEO roots 01
 * (statements) and 02 (appeals) have no PLOVER type.
 */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT
}
