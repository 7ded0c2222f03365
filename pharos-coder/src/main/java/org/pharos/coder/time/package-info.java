/**
 * Event dates: the time expression attached to an event's clause (SUTime TIMEX3 values, or a
 * pure-Java parser of common date phrases when there is none), else the publication date.
 */
package org.pharos.coder.time;
