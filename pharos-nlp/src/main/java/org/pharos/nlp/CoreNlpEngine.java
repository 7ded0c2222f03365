package org.pharos.nlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pharos.model.Document;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.EntitySpan;
import org.pharos.model.text.Layer;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/**
 * The Stanford CoreNLP 4.5.10 implementation of {@link NlpEngine}.
 *
 * <p>Per document it runs, in order: {@code tokenize, ssplit} (a blank line always ends a sentence),
 * {@code pos, lemma}, the CRF {@code ner} when {@link NlpConfig#ner()} asks for it, SUTime on its own
 * (anchored on {@link Document#date()} when that is a full day) together with CoreNLP's number
 * normalizer (only on sentences with a number or a time word, see {@link TimexGate}, and there, when
 * {@link NlpConfig#timexWindow()} is set, only on the tokens within that distance of such a word), then the {@link
 * SentenceFilter}, and finally the neural dependency parser only on the
 * sentences that the filter keeps and that have at most {@link NlpConfig#maxParseTokens()} tokens.
 * Dependencies are UD enhanced++ ({@code nsubj:pass}, {@code obl:against}, {@code nmod:poss}, {@code
 * conj:and}); governor 0 is the root. Token offsets are character offsets into {@link Document#text()}.
 *
 * <p>Entity spans: with NER on, CoreNLP's entity mentions; in every mode, SUTime expressions (type
 * {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}, normalized = TIMEX3 value) and numbers
 * ({@code NUMBER} or {@code ORDINAL}, normalized = plain decimal such as {@code 2000}) that overlap no
 * mention. Token NER tags follow the spans ({@code O} elsewhere).
 *
 * <pre>{@code
 * try (CoreNlpEngine nlp = new CoreNlpEngine(NlpConfig.defaults())) {   // loads models, ~7 s
 *   AnnotatedDocument ad = nlp.annotate(doc, tokens -> tokens.stream().anyMatch(Token::isVerb));
 * }
 * }</pre>
 *
 * <p>Thread-safety: models are loaded once in the constructor; afterwards {@link #annotate} is safe to
 * call from several threads at once (each call works on its own CoreNLP {@code Annotation}; CoreNLP's
 * annotators are thread-safe for {@code annotate}). Construction is expensive (seconds, about 1 GB of
 * heap for the defaults); build one engine per JVM and share it.
 *
 * <p>SUTime 4.5.10 is stateful across documents (CoreNLP issue #1061): its tense rules tag a shared
 * rule value (e.g. the one for "Monday") with a past/future direction that persists. The engine undoes
 * this (see {@link SutimeExtractors}): results do not depend on the documents annotated before or
 * concurrently.
 *
 * <p>Speed: the POS tagger pipeline, SUTime and the dependency parser load on parallel threads (a
 * shorter constructor on two or more cores); the parser memoizes up to {@value
 * #DEPPARSE_CACHED_PRODUCTS} hidden-layer products instead of CoreNLP's 5,000 (same parses, about 1.6
 * times faster parsing once warm, at most about 200 MB more heap), and scores transitions with {@code
 * TransposedScoringClassifier} (CoreNLP's arithmetic in the same order, vectorizable: the same parses,
 * about 1.4 times faster parsing). Each concurrently parsing thread gets a parser of its own ({@link
 * DependencyParsers}: a second parser loads in a few seconds the first time two threads parse at once).
 */
public final class CoreNlpEngine implements NlpEngine {

  /** CoreNLP's 3-class CRF model (PERSON, ORGANIZATION, LOCATION). */
  static final String NER_3CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final SutimeExtractors timeExtractors;
  private final DependencyParsers parser;
  private final Set<Layer> layers;
  private final double modelLoadSeconds;
  private final boolean gateTimex;

  /** Loads the models the configuration needs. */
  public CoreNlpEngine(NlpConfig config) {
    this(config, true);
  }

  /**
   * As {@link #CoreNlpEngine(NlpConfig)}; {@code gateTimex = false} runs SUTime on every sentence
   * instead of only those {@link TimexGate} accepts (tests compare both).
   */
  CoreNlpEngine(NlpConfig config, boolean gateTimex) {
    this.config = config;
    this.gateTimex = gateTimex;
    long start = System.nanoTime();
    ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "pharos-nlp-model-loader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<SutimeExtractors> sutime = config.timex()
          ? loaders.submit(() -> new SutimeExtractors(sutimeProperties())) : null;
      Future<DependencyParsers> depparse = config.depparse()
          ? loaders.submit(() -> DependencyParsers.load(depparseProperties())) : null;
      this.pipeline = new StanfordCoreNLP(pipelineProperties(config));
      this.timeExtractors = sutime == null ? null : await(sutime, "SUTime");
      this.parser = depparse == null ? null : await(depparse, "the dependency parser");
    } finally {
      loaders.shutdownNow();
    }
    this.modelLoadSeconds = (System.nanoTime() - start) / 1e9;
    EnumSet<Layer> provided = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMA);
    if (config.ner() != NerMode.NONE) {
      provided.add(Layer.NER);
    }
    if (config.timex()) {
      provided.add(Layer.TIMEX);
    }
    if (config.depparse()) {
      provided.add(Layer.DEPENDENCIES);
    }
    this.layers = Collections.unmodifiableSet(provided);
  }

  /** The result of a model-loading task, with its own exception when it failed. */
  private static <T> T await(Future<T> loading, String what) {
    try {
      return loading.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load " + what + ": " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + what, e);
    }
  }

  /** How many dependency parsers the engine created (one per concurrently parsing thread at most). */
  int parserCount() {
    return parser == null ? 0 : parser.created();
  }

  /** How many SUTime extractors the engine created (one per concurrently annotating thread at most). */
  int sutimeExtractorCount() {
    return timeExtractors == null ? 0 : timeExtractors.created();
  }

  /** The CoreNLP properties of the main pipeline (tokenize to NER) for a configuration. */
  static Properties pipelineProperties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", config.ner() == NerMode.NONE ? "tokenize,ssplit,pos,lemma"
        : "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (config.ner() == NerMode.THREE_CLASS) {
      p.setProperty("ner.model", NER_3CLASS_MODEL);
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "true");
    }
    return p;
  }

  /** SUTime's properties (CoreNLP defaults, stated so the benchmark table can cite them). */
  static Properties sutimeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
        + "edu/stanford/nlp/models/sutime/english.sutime.txt,"
        + "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    return p;
  }

  /**
   * How many hidden-layer products of (feature, position) the dependency parser keeps in its LRU cache.
   * CoreNLP's default of 5,000 thrashes on news text: on the demo corpus the cache and the recomputed
   * products were about 40% of the coder's time. Each entry is a {@code float[1000]} (the English UD
   * model's hidden layer), so 50,000 entries hold at most about 200 MB; measured on the demo corpus,
   * 30,000 already made the parser about 1.6 times faster once warm and 100,000 did no better. Parses
   * are identical (the cache only memoizes).
   */
  static final int DEPPARSE_CACHED_PRODUCTS = 50_000;

  /**
   * The dependency parser's properties: the English UD model (enhanced++ graphs) and a larger cache.
   * {@link DependencyParseAnnotator}'s constructor reads them without the {@code depparse.} prefix.
   */
  static Properties depparseProperties() {
    Properties p = new Properties();
    p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    p.setProperty("numCached", String.valueOf(DEPPARSE_CACHED_PRODUCTS));
    return p;
  }

  /** The configuration this engine was built with. */
  public NlpConfig config() {
    return config;
  }

  /** Seconds the constructor spent loading models. */
  public double modelLoadSeconds() {
    return modelLoadSeconds;
  }

  @Override
  public Set<Layer> provides() {
    return layers;
  }

  /**
   * {@inheritDoc}
   *
   * @throws NlpException naming the document when CoreNLP fails on it
   */
  @Override
  public AnnotatedDocument annotate(Document document, SentenceFilter parseFilter) {
    try {
      return annotateOrThrow(document, parseFilter);
    } catch (NlpException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new NlpException(document.docId(), e.toString(), e);
    }
  }

  private AnnotatedDocument annotateOrThrow(Document document, SentenceFilter parseFilter) {
    String text = document.text();
    Annotation annotation = new Annotation(text);
    Optional<String> anchor = CoreNlpConversions.sutimeAnchor(document.date());
    anchor.ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d));
    pipeline.annotate(annotation);

    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<SentenceParts> parts = new ArrayList<>(sentences.size());
    List<CoreMap> toParse = new ArrayList<>();
    SutimeExtractors.Session sutime = timeExtractors == null ? null : timeExtractors.borrow();
    try {
      for (CoreMap sentence : sentences) {
        boolean selected;
        SentenceParts sp;
        if (config.timexOnlySelected()) {
          selected = parseFilter.shouldParse(plainTokens(sentence));
          sp = readSentence(sentence, anchor.orElse(null), selected ? sutime : null, selected);
        } else {
          sp = readSentence(sentence, anchor.orElse(null), sutime, true);
          selected = parseFilter.shouldParse(sp.tokens);
        }
        parts.add(sp);
        if (parser != null && sp.tokens.size() <= config.maxParseTokens() && selected) {
          toParse.add(sentence);
          sp.parsed = true;
        }
      }
    } finally {
      if (sutime != null) {
        timeExtractors.release(sutime);
      }
    }
    if (!toParse.isEmpty()) {
      Annotation sub = new Annotation(text);
      sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      DependencyParseAnnotator borrowed = parser.borrow();
      try {
        borrowed.annotate(sub);
      } finally {
        parser.release(borrowed);
      }
    }

    List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      SentenceParts sp = parts.get(i);
      List<DepEdge> edges = List.of();
      if (sp.parsed) {
        SemanticGraph graph =
            sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        edges = graph == null ? List.of() : CoreNlpConversions.edges(graph);
      }
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new AnnotatedSentence(i, text.substring(begin, end), begin, end, sp.tokens, edges,
          sp.entities, sp.timexes));
    }
    return new AnnotatedDocument(document, out);
  }

  /** Tokens, entities and time expressions of one sentence (everything but the parse). */
  /** The tokens of a sentence with POS and lemma but no entity tags (what a {@link SentenceFilter} reads). */
  private static List<Token> plainTokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(CoreNlpConversions.token(l, CoreNlpConversions.OUTSIDE));
    }
    return tokens;
  }

  /**
   * Tokens, entities and time expressions of one sentence; {@code numbersAndTimes = false} skips SUTime
   * and the number normalizer (sentences the coder will not read).
   */
  private SentenceParts readSentence(CoreMap sentence, String anchor, SutimeExtractors.Session sutime,
      boolean numbersAndTimes) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int offset = tokenBegin == null ? 0 : tokenBegin;

    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> numberChunks;
    if (!numbersAndTimes || (gateTimex && !TimexGate.mayContainTimeOrNumber(labels))) {
      numberChunks = List.of();
    } else if (sutime != null) {
      numberChunks = new ArrayList<>();
      List<int[]> windows = config.timexWindow() > 0 ? TimexGate.windows(labels, config.timexWindow())
          : List.of(new int[] {0, labels.size()});
      boolean first = true;
      for (int[] w : windows) {
        CoreMap part = w[0] == 0 && w[1] == labels.size() ? sentence : window(sentence, labels, w[0], w[1], offset);
        CoreMap aligned = NumberSequenceClassifier.alignSentence(part);
        List<CoreMap> chunks = first ? sutime.extract(aligned, anchor) : sutime.extractContinuing(aligned, anchor);
        first = false;
        for (CoreMap chunk : chunks) {
          CoreNlpConversions.timex(chunk, offset).ifPresent(timexes::add);
        }
        List<CoreMap> numerized = aligned.get(CoreAnnotations.NumerizedTokensAnnotation.class);
        if (numerized != null) {
          numberChunks.addAll(numerized);
        }
      }
    } else {
      numberChunks = NumberNormalizer.findAndMergeNumbers(sentence);
    }
    List<EntitySpan> numbers = new ArrayList<>();
    if (numberChunks != null) {
      for (CoreMap chunk : numberChunks) {
        CoreNlpConversions.numberSpan(chunk, offset).ifPresent(numbers::add);
      }
    }

    List<EntitySpan> mentions = new ArrayList<>();
    List<String> baseTags = null;
    if (config.ner() != NerMode.NONE) {
      List<CoreMap> coreMentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (coreMentions != null) {
        for (CoreMap m : coreMentions) {
          mentions.add(CoreNlpConversions.mentionSpan(m, offset));
        }
      }
      baseTags = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        baseTags.add(l.ner());
      }
    }
    List<EntitySpan> timexSpans = timexes.stream().map(CoreNlpConversions::timexSpan).toList();
    List<EntitySpan> entities = CoreNlpConversions.mergeSpans(
        CoreNlpConversions.mergeSpans(mentions, timexSpans), numbers);
    String[] tags = CoreNlpConversions.tokenTags(labels.size(), baseTags, entities);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      tokens.add(CoreNlpConversions.token(labels.get(i), tags[i]));
    }
    return new SentenceParts(List.copyOf(tokens), entities, timexes);
  }

  /**
   * The tokens {@code [from, to)} (0-based) of a sentence as a sentence of their own for SUTime: its
   * text, character and token offsets are those of the tokens in the document, so the time
   * expressions and numbers found in it carry document offsets like those of the whole sentence.
   */
  private static CoreMap window(CoreMap sentence, List<CoreLabel> labels, int from, int to, int sentenceTokenBegin) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    int sentenceCharBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int charBegin = labels.get(from).beginPosition();
    int charEnd = labels.get(to - 1).endPosition();
    ArrayCoreMap w = new ArrayCoreMap(6);
    w.set(CoreAnnotations.TextAnnotation.class,
        text.substring(charBegin - sentenceCharBegin, charEnd - sentenceCharBegin));
    w.set(CoreAnnotations.TokensAnnotation.class, labels.subList(from, to));
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, charBegin);
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, charEnd);
    w.set(CoreAnnotations.TokenBeginAnnotation.class, sentenceTokenBegin + from);
    w.set(CoreAnnotations.TokenEndAnnotation.class, sentenceTokenBegin + to);
    return w;
  }

  /** Work in progress for one sentence; confined to the annotating thread. */
  private static final class SentenceParts {
    final List<Token> tokens;
    final List<EntitySpan> entities;
    final List<Timex> timexes;
    boolean parsed;

    SentenceParts(List<Token> tokens, List<EntitySpan> entities, List<Timex> timexes) {
      this.tokens = tokens;
      this.entities = entities;
      this.timexes = timexes;
    }
  }
}
