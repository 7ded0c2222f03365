package org.pharos.nlp.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Plain CoreNLP pipelines to time side by side with {@link org.pharos.nlp.CoreNlpEngine}: the
 * configurations of the project's speed table, from tokenizing only to full NER with a constituency
 * parse (what PETRARCH needs). All split sentences on blank lines like the engine does. Thread-safe
 * (an enum; each call of {@link #properties()} returns a fresh copy).
 */
public enum ReferenceConfig {
  /** {@code tokenize,ssplit}. */
  TOKENIZE_SSPLIT("tokenize,ssplit", false),
  /** {@code pos,lemma,depparse}, no NER. */
  POS_LEMMA_DEPPARSE("tokenize,ssplit,pos,lemma,depparse", false),
  /** {@code pos,lemma,ner} with the 3-class CRF only. */
  POS_LEMMA_NER3("tokenize,ssplit,pos,lemma,ner", true),
  /** {@code pos,lemma,ner} (3-class CRF only) and {@code depparse}. */
  POS_LEMMA_NER3_DEPPARSE("tokenize,ssplit,pos,lemma,ner,depparse", true),
  /** CoreNLP's default {@code ner}: three CRF models, numeric classifiers, SUTime, fine-grained rules. */
  NER_FULL("tokenize,ssplit,pos,lemma,ner", false),
  /** Full NER and {@code depparse}. */
  NER_FULL_DEPPARSE("tokenize,ssplit,pos,lemma,ner,depparse", false),
  /** Full NER and the PCFG constituency {@code parse} (englishPCFG), the input PETRARCH reads. */
  NER_FULL_PARSE("tokenize,ssplit,pos,lemma,ner,parse", false);

  private final String annotators;
  private final boolean threeClassNer;

  ReferenceConfig(String annotators, boolean threeClassNer) {
    this.annotators = annotators;
    this.threeClassNer = threeClassNer;
  }

  /** The exact CoreNLP properties of this configuration. */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (threeClassNer) {
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyFineGrained", "false");
    }
    return p;
  }

  /** True when the pipeline produces dependency graphs. */
  public boolean parsesDependencies() {
    return annotators.endsWith("depparse");
  }

  /** Loads the pipeline (uses CoreNLP's shared annotator pool). */
  StanfordCoreNLP newPipeline() {
    return new StanfordCoreNLP(properties());
  }
}
