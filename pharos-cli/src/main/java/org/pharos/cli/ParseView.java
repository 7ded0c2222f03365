package org.pharos.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pharos.model.Document;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.EntitySpan;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/** Builds the JSON object {@code pharos parse} writes for one document. Stateless. */
final class ParseView {
  private ParseView() {}

  static Map<String, Object> of(AnnotatedDocument ad, boolean tokens, boolean deps) {
    Document d = ad.document();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", d.docId());
    m.put("title", d.title());
    m.put("author", d.author());
    m.put("outlet", d.outlet());
    m.put("date", d.date() == null ? null : d.date().toIso());
    m.put("date_source", d.dateSource().json());
    m.put("url", d.url());
    m.put("lang", d.lang());
    m.put("text", d.text());
    m.put("references", d.references());
    List<Map<String, String>> removed = new ArrayList<>();
    d.removed().forEach(r -> removed.add(Map.of("text", r.text(), "reason", r.reason())));
    m.put("removed", removed);
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (AnnotatedSentence s : ad.sentences()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("index", s.index());
      sm.put("text", s.text());
      List<Map<String, Object>> ents = new ArrayList<>();
      for (EntitySpan e : s.entities()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("text", e.text());
        em.put("type", e.type());
        em.put("normalized", e.normalized());
        ents.add(em);
      }
      sm.put("entities", ents);
      List<Map<String, Object>> tx = new ArrayList<>();
      for (Timex t : s.timexes()) {
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("text", t.text());
        tm.put("value", t.value());
        tx.add(tm);
      }
      sm.put("timex", tx);
      if (tokens) {
        List<Map<String, Object>> toks = new ArrayList<>();
        for (Token t : s.tokens()) {
          Map<String, Object> tm = new LinkedHashMap<>();
          tm.put("i", t.index());
          tm.put("word", t.word());
          tm.put("lemma", t.lemma());
          tm.put("pos", t.pos());
          tm.put("ner", t.ner());
          tm.put("begin", t.begin());
          tm.put("end", t.end());
          toks.add(tm);
        }
        sm.put("tokens", toks);
      }
      if (deps) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (DepEdge e : s.dependencies()) {
          Map<String, Object> em = new LinkedHashMap<>();
          em.put("gov", e.governor());
          em.put("dep", e.dependent());
          em.put("rel", e.relation());
          edges.add(em);
        }
        sm.put("deps", edges);
      }
      sentences.add(sm);
    }
    m.put("sentences", sentences);
    return m;
  }
}
