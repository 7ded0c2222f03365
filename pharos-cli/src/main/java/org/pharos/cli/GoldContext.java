package org.pharos.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharos.eval.GoldRecord;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Finds gold sentences inside the documents they were taken from, so that an evaluation can code each
 * document whole (as {@code pharos code} does: titles, pronouns and a document's home country learned
 * from earlier sentences) and score each gold sentence by the events coded in it.
 *
 * <p>A record is located when its text, with runs of white space made single, occurs in a document's
 * text treated the same way; the first document (in the given order) that holds it wins. Records that
 * occur nowhere are left out of the map and are coded on their own. Immutable; thread-safe.
 */
final class GoldContext {

  /** Where a gold record sits: its document and the character span of its text there. */
  record Located(Document document, int begin, int end) {}

  private final Map<String, Located> byRecord;

  private GoldContext(Map<String, Located> byRecord) {
    this.byRecord = byRecord;
  }

  /** Locates every record it can among the documents. */
  static GoldContext locate(List<GoldRecord> gold, List<Document> documents) {
    List<Normalized> texts = documents.stream().map(d -> new Normalized(d.text())).toList();
    Map<String, Located> out = new HashMap<>();
    for (GoldRecord r : gold) {
      String needle = new Normalized(r.text()).text.trim();
      if (needle.isEmpty()) {
        continue;
      }
      for (int i = 0; i < documents.size(); i++) {
        Normalized hay = texts.get(i);
        int at = hay.text.indexOf(needle);
        if (at >= 0) {
          out.put(r.id(), new Located(documents.get(i), hay.original(at), hay.original(at + needle.length() - 1) + 1));
          break;
        }
      }
    }
    return new GoldContext(out);
  }

  /** Where the record sits, or null when it was found in no document. */
  Located of(GoldRecord r) {
    return byRecord.get(r.id());
  }

  /** How many records were located. */
  int size() {
    return byRecord.size();
  }

  /**
   * The events of a coded document that belong to a located record: those whose sentence lies mostly
   * (at least half of its characters) inside the record's span.
   */
  static List<Event> eventsIn(Located where, List<AnnotatedSentence> sentences, List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.sentenceIndex() < 0 || e.sentenceIndex() >= sentences.size()) {
        continue;
      }
      AnnotatedSentence s = sentences.get(e.sentenceIndex());
      int overlap = Math.min(s.end(), where.end()) - Math.max(s.begin(), where.begin());
      if (overlap > 0 && 2 * overlap >= s.end() - s.begin()) {
        out.add(e);
      }
    }
    return out;
  }

  /** A text with runs of white space made one space, and the original offset of every kept character. */
  private static final class Normalized {
    final String text;
    private final int[] originalOffsets;

    Normalized(String original) {
      StringBuilder sb = new StringBuilder(original.length());
      int[] offsets = new int[original.length()];
      boolean space = false;
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (!space && sb.length() > 0) {
            offsets[sb.length()] = i;
            sb.append(' ');
          }
          space = true;
        } else {
          offsets[sb.length()] = i;
          sb.append(c);
          space = false;
        }
      }
      this.text = sb.toString();
      this.originalOffsets = offsets;
    }

    int original(int normalizedOffset) {
      return originalOffsets[normalizedOffset];
    }
  }
}
