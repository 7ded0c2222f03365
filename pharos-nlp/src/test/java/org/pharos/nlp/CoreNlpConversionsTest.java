package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pharos.model.PartialDate;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.EntitySpan;
import org.pharos.model.text.Token;

class CoreNlpConversionsTest {

  private static CoreLabel label(int index, String word, int begin) {
    CoreLabel l = new CoreLabel();
    l.setIndex(index);
    l.setWord(word);
    l.setOriginalText(word);
    l.setValue(word);
    l.setTag("NN");
    l.setLemma(word.toLowerCase(java.util.Locale.ROOT));
    l.setBeginPosition(begin);
    l.setEndPosition(begin + word.length());
    return l;
  }

  private static GrammaticalRelation rel(String name) {
    return GrammaticalRelation.valueOf(Language.UniversalEnglish, name);
  }

  @Test
  void only_a_full_day_becomes_a_sutime_anchor() {
    assertEquals(Optional.of("2023-11-22"), CoreNlpConversions.sutimeAnchor(PartialDate.parse("2023-11-22")));
    assertEquals(Optional.empty(), CoreNlpConversions.sutimeAnchor(PartialDate.parse("2023-11")));
    assertEquals(Optional.empty(), CoreNlpConversions.sutimeAnchor(PartialDate.parse("2023")));
    assertEquals(Optional.empty(), CoreNlpConversions.sutimeAnchor(PartialDate.parse("--11-22")));
    assertEquals(Optional.empty(), CoreNlpConversions.sutimeAnchor(null));
  }

  @Test
  void numbers_are_written_as_plain_decimals() {
    assertEquals("9", CoreNlpConversions.formatNumber(9.0));
    assertEquals("2000", CoreNlpConversions.formatNumber(2000.0));
    assertEquals("1500000", CoreNlpConversions.formatNumber(1.5e6));
    assertEquals("2.5", CoreNlpConversions.formatNumber(2.5));
    assertEquals("-3", CoreNlpConversions.formatNumber(-3L));
    assertEquals("25", CoreNlpConversions.formatNumber(new BigDecimal("25.00")));
  }

  @Test
  void token_keeps_original_text_offsets_and_overriding_tag() {
    CoreLabel l = label(3, "Erbil", 10);
    l.setWord("erbil-normalized");
    l.setNER("LOCATION");
    assertEquals(new Token(3, "Erbil", "erbil", "NN", "LOCATION", 10, 15), CoreNlpConversions.token(l, null));
    assertEquals("DATE", CoreNlpConversions.token(l, "DATE").ner());
    l.setNER(null);
    assertEquals("O", CoreNlpConversions.token(l, null).ner());
  }

  @Test
  void graph_edges_keep_relation_subtypes_and_add_the_root() {
    IndexedWord base = new IndexedWord(label(2, "base", 4));
    IndexedWord attacked = new IndexedWord(label(4, "attacked", 13));
    IndexedWord militia = new IndexedWord(label(6, "militia", 25));
    SemanticGraph g = new SemanticGraph();
    g.addVertex(base);
    g.addVertex(attacked);
    g.addVertex(militia);
    g.setRoot(attacked);
    g.addEdge(attacked, militia, rel("obl:agent"), 1.0, false);
    g.addEdge(attacked, base, rel("nsubj:pass"), 1.0, false);
    assertEquals(List.of(new DepEdge(4, 2, "nsubj:pass"), new DepEdge(0, 4, "root"), new DepEdge(4, 6, "obl:agent")),
        CoreNlpConversions.edges(g));
  }

  @Test
  void copy_nodes_map_onto_the_token_they_copy_without_duplicate_edges() {
    IndexedWord went = new IndexedWord(label(2, "went", 5));
    IndexedWord copy = went.makeSoftCopy(1);
    IndexedWord iran = new IndexedWord(label(5, "Iran", 20));
    SemanticGraph g = new SemanticGraph();
    g.addVertex(went);
    g.addVertex(copy);
    g.addVertex(iran);
    g.setRoot(went);
    g.addEdge(went, iran, rel("conj:and"), 1.0, false);
    g.addEdge(copy, iran, rel("conj:and"), 1.0, false);
    assertEquals(List.of(new DepEdge(0, 2, "root"), new DepEdge(2, 5, "conj:and")), CoreNlpConversions.edges(g));
  }

  @Test
  void document_token_offsets_become_one_based_sentence_offsets() {
    CoreMap chunk = new ArrayCoreMap();
    chunk.set(CoreAnnotations.TokenBeginAnnotation.class, 22);
    chunk.set(CoreAnnotations.TokenEndAnnotation.class, 24);
    assertArrayEquals(new int[] {11, 13}, CoreNlpConversions.sentenceRange(chunk, 12));
    CoreMap byTokens = new ArrayCoreMap();
    byTokens.set(CoreAnnotations.TokensAnnotation.class, List.of(label(4, "two", 0), label(5, "thousand", 4)));
    assertArrayEquals(new int[] {4, 6}, CoreNlpConversions.sentenceRange(byTokens, 99));
  }

  @Test
  void number_chunks_become_spans_and_plain_tokens_do_not() {
    CoreMap number = new ArrayCoreMap();
    number.set(CoreAnnotations.TextAnnotation.class, "two thousand");
    number.set(CoreAnnotations.NumericCompositeValueAnnotation.class, 2000.0);
    number.set(CoreAnnotations.NumericCompositeTypeAnnotation.class, "NUMBER");
    number.set(CoreAnnotations.TokenBeginAnnotation.class, 3);
    number.set(CoreAnnotations.TokenEndAnnotation.class, 5);
    assertEquals(Optional.of(new EntitySpan("two thousand", "NUMBER", "2000", 4, 6)),
        CoreNlpConversions.numberSpan(number, 0));
    CoreMap plain = new ArrayCoreMap();
    plain.set(CoreAnnotations.TextAnnotation.class, "troops");
    assertEquals(Optional.empty(), CoreNlpConversions.numberSpan(plain, 0));
  }

  @Test
  void merged_spans_prefer_earlier_lists_and_are_sorted() {
    EntitySpan date = new EntitySpan("November 21", "DATE", "2023-11-21", 5, 7);
    EntitySpan dayNumber = new EntitySpan("21", "NUMBER", "21", 6, 7);
    EntitySpan count = new EntitySpan("nine", "NUMBER", "9", 2, 3);
    assertEquals(List.of(count, date), CoreNlpConversions.mergeSpans(List.of(date), List.of(dayNumber, count)));
  }

  @Test
  void token_tags_fill_outside_tokens_from_spans_and_keep_existing_tags() {
    List<EntitySpan> spans = List.of(new EntitySpan("nine", "NUMBER", "9", 2, 3),
        new EntitySpan("Baghdad", "CITY", null, 4, 5));
    assertArrayEquals(new String[] {"O", "NUMBER", "O", "O"},
        CoreNlpConversions.tokenTags(4, null, List.of(spans.get(0))));
    assertArrayEquals(new String[] {"O", "NUMBER", "O", "LOCATION"},
        CoreNlpConversions.tokenTags(4, java.util.Arrays.asList("O", null, "O", "LOCATION"), spans));
  }

  @Test
  void overlap_is_strict_on_half_open_ranges() {
    EntitySpan a = new EntitySpan("a", "X", null, 1, 3);
    assertTrue(CoreNlpConversions.overlaps(a, new EntitySpan("b", "X", null, 2, 4)));
    assertTrue(!CoreNlpConversions.overlaps(a, new EntitySpan("c", "X", null, 3, 4)));
  }
}
