package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  @Test
  void defaults_skip_crf_ner_but_keep_timex_and_depparse() {
    NlpConfig d = NlpConfig.defaults();
    assertEquals(NerMode.NONE, d.ner());
    assertTrue(d.timex());
    assertTrue(d.depparse());
    assertEquals(NlpConfig.DEFAULT_MAX_PARSE_TOKENS, d.maxParseTokens());
    assertEquals(1, d.threads());
  }

  @Test
  void full_runs_full_ner_and_parses_every_sentence() {
    NlpConfig f = NlpConfig.full();
    assertEquals(NerMode.FULL, f.ner());
    assertEquals(Integer.MAX_VALUE, f.maxParseTokens());
  }

  @Test
  void withers_change_one_field_only() {
    NlpConfig c = NlpConfig.defaults().withNer(NerMode.THREE_CLASS).withThreads(2).withTimex(false);
    assertEquals(new NlpConfig(NerMode.THREE_CLASS, false, true, NlpConfig.DEFAULT_MAX_PARSE_TOKENS, 2, false, 0),
        c);
    assertFalse(c.withDepparse(false).depparse());
    assertEquals(7, c.withMaxParseTokens(7).maxParseTokens());
    assertEquals(6, c.withTimexWindow(6).timexWindow());
    assertEquals(c.label(), c.withTimexWindow(6).label());
  }

  @Test
  void invalid_values_are_rejected_with_the_field_name() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NlpConfig.defaults().withThreads(0));
    assertTrue(e.getMessage().contains("threads"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> NlpConfig.defaults().withMaxParseTokens(0))
        .getMessage().contains("maxParseTokens"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> NlpConfig.defaults().withTimexWindow(-1))
        .getMessage().contains("timexWindow"));
    assertThrows(IllegalArgumentException.class, () -> NlpConfig.defaults().withNer(null));
  }

  @Test
  void label_names_the_choices() {
    assertEquals("ner=NONE,timex,depparse<=100,threads=1", NlpConfig.defaults().label());
    assertEquals("ner=FULL,timex,depparse<=all,threads=1", NlpConfig.full().label());
    assertEquals("ner=THREE_CLASS,threads=2",
        NlpConfig.defaults().withNer(NerMode.THREE_CLASS).withTimex(false).withDepparse(false).withThreads(2)
            .label());
  }

  @Test
  void pipeline_without_ner_stops_at_lemma_and_splits_on_blank_lines() {
    Properties p = CoreNlpEngine.pipelineProperties(NlpConfig.defaults());
    assertEquals("tokenize,ssplit,pos,lemma", p.getProperty("annotators"));
    assertEquals("two", p.getProperty("ssplit.newlineIsSentenceBreak"));
  }

  @Test
  void three_class_ner_uses_one_crf_model_without_numeric_or_fine_grained_stages() {
    Properties p = CoreNlpEngine.pipelineProperties(NlpConfig.defaults().withNer(NerMode.THREE_CLASS));
    assertEquals("tokenize,ssplit,pos,lemma,ner", p.getProperty("annotators"));
    assertEquals(CoreNlpEngine.NER_3CLASS_MODEL, p.getProperty("ner.model"));
    assertEquals("false", p.getProperty("ner.applyNumericClassifiers"));
    assertEquals("false", p.getProperty("ner.useSUTime"));
    assertEquals("false", p.getProperty("ner.applyFineGrained"));
  }

  @Test
  void full_ner_keeps_corenlp_ner_defaults() {
    Properties p = CoreNlpEngine.pipelineProperties(NlpConfig.full());
    assertEquals("tokenize,ssplit,pos,lemma,ner", p.getProperty("annotators"));
    assertEquals(null, p.getProperty("ner.model"));
  }

  @Test
  void dependency_parser_properties_are_unprefixed_and_enlarge_the_cache() {
    // DependencyParseAnnotator(Properties) reads "model" and "numCached", not "depparse.model": a prefixed
    // key is silently ignored, which left the parser with CoreNLP's 5,000-entry cache.
    Properties p = CoreNlpEngine.depparseProperties();
    assertEquals("edu/stanford/nlp/models/parser/nndep/english_UD.gz", p.getProperty("model"));
    assertEquals(String.valueOf(CoreNlpEngine.DEPPARSE_CACHED_PRODUCTS), p.getProperty("numCached"));
    for (String key : p.stringPropertyNames()) {
      assertFalse(key.startsWith("depparse."), key);
    }
  }
}
