package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pharos' replacement for the scoring step of CoreNLP 4.5.10's neural dependency parser (its {@code
 * Classifier.computeScores}, which scores the transitions of one parser configuration): the same
 * model, the same arithmetic in the same order, so the same scores to the last bit and the same parses,
 * several times faster.
 *
 * <p>CoreNLP computes the output layer as one dot product per transition ({@code 85 x 1000} products
 * for the English UD model), each a chain of dependent floating-point additions that the JIT may not
 * reorder, so the processor waits on every addition. Here the output weights are stored transposed,
 * and the scores of all transitions are accumulated together, one hidden unit at a time: every score
 * still receives its additions in the order CoreNLP gives them, but consecutive transitions are
 * independent lanes that the JIT vectorizes. The look-ups of precomputed and memoized hidden-layer
 * products use primitive keys instead of CoreNLP's {@code HashMap} and synchronized LRU cache.
 *
 * <p>This class lives in CoreNLP's package because the method it overrides is package-private; it is
 * installed by Pharos' {@code org.pharos.nlp.DependencyParsers} through {@link #install}, which reads
 * the loaded classifier's private fields by reflection. Only inference is supported (no training).
 *
 * <p>Not thread-safe: the memo of products is unsynchronized, so a parser with this classifier must be
 * used by one thread at a time (Pharos gives each parsing thread a parser of its own).
 */
public final class TransposedScoringClassifier extends Classifier {

  private static final int NO_ROW = -1;
  private static final int EMPTY = -1;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int labelCount;
  private final float[][] w1;
  private final float[][] embeddings;
  private final float[] bias;
  /** Output weights transposed: {@code [hidden unit * labelCount + transition]}, widened to double. */
  private final double[] outputByHidden;
  /** Precomputed hidden-layer products of frequent features, CoreNLP's own rows. */
  private final double[][] saved;
  /** Open-addressing map from feature index to row of {@link #saved}. */
  private final int[] precomputedKeys;
  private final int[] precomputedRows;
  private final int precomputedBits;
  /** Memo of the other features' products, least recently used first (CoreNLP's policy). */
  private final Map<Integer, float[]> products;

  private TransposedScoringClassifier(Config config, Classifier original, double[][] saved,
      Map<Integer, Integer> preMap, int cachedProducts) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    this.w1 = original.getW1();
    this.embeddings = original.getE();
    this.bias = original.getb1();
    float[][] w2 = original.getW2();
    this.hiddenSize = w1.length;
    this.embeddingSize = config.embeddingSize;
    this.labelCount = w2.length;
    this.outputByHidden = new double[hiddenSize * labelCount];
    for (int label = 0; label < labelCount; label++) {
      for (int h = 0; h < hiddenSize; h++) {
        outputByHidden[h * labelCount + label] = w2[label][h];
      }
    }
    this.saved = saved;
    int size = Integer.highestOneBit(Math.max(4, preMap.size() * 3)) << 1;
    this.precomputedBits = Integer.numberOfTrailingZeros(size);
    this.precomputedKeys = new int[size];
    this.precomputedRows = new int[size];
    java.util.Arrays.fill(precomputedKeys, EMPTY);
    for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
      int key = e.getKey();
      int slot = slot(key);
      while (precomputedKeys[slot] != EMPTY) {
        slot = (slot + 1) & (size - 1);
      }
      precomputedKeys[slot] = key;
      precomputedRows[slot] = e.getValue();
    }
    this.products = new LinkedHashMap<>(Math.max(16, cachedProducts / 2), 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
        return size() > cachedProducts;
      }
    };
  }

  /**
   * Replaces the classifier of a loaded, not yet used {@code parser} with one of this class holding
   * at most {@code cachedProducts} memoized products (at least 1). Returns {@code null} on success,
   * else why the parser was left unchanged (a CoreNLP whose private fields differ from 4.5.10's).
   */
  public static String install(DependencyParser parser, int cachedProducts) {
    if (cachedProducts < 1) {
      throw new IllegalArgumentException("cachedProducts must be at least 1, was " + cachedProducts);
    }
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      Field configField = DependencyParser.class.getDeclaredField("config");
      Field savedField = Classifier.class.getDeclaredField("saved");
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      for (Field f : List.of(classifierField, configField, savedField, preMapField)) {
        f.setAccessible(true);
      }
      Classifier original = (Classifier) classifierField.get(parser);
      Config config = (Config) configField.get(parser);
      double[][] saved = (double[][]) savedField.get(original);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(original);
      if (original == null || config == null || (saved == null && !preMap.isEmpty())) {
        return "the parser is not loaded";
      }
      if (original instanceof TransposedScoringClassifier) {
        return null;
      }
      classifierField.set(parser, new TransposedScoringClassifier(config, original, saved, preMap,
          cachedProducts));
      return null;
    } catch (ReflectiveOperationException | ClassCastException e) {
      return "CoreNLP's parser internals differ from 4.5.10 (" + e + ")";
    }
  }

  private int slot(int key) {
    return (key * 0x9E3779B9) >>> (32 - precomputedBits);
  }

  private int precomputedRow(int key) {
    int mask = precomputedKeys.length - 1;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      int found = precomputedKeys[slot];
      if (found == key) {
        return precomputedRows[slot];
      }
      if (found == EMPTY) {
        return NO_ROW;
      }
    }
  }

  /** CoreNLP's {@code computeScores}: same sums in the same order, output layer vectorizable. */
  @Override
  double[] computeScores(int[] feature) {
    final double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int token = feature[j];
      int index = token * Config.numTokens + j;
      int row = precomputedRow(index);
      if (row != NO_ROW) {
        double[] product = saved[row];
        for (int h = 0; h < hiddenSize; h++) {
          hidden[h] += product[h];
        }
      } else {
        float[] product = products.get(index);
        if (product == null) {
          product = slice(embeddings[token], offset);
          products.put(index, product);
        }
        for (int h = 0; h < hiddenSize; h++) {
          hidden[h] += product[h];
        }
      }
      offset += embeddingSize;
    }
    for (int h = 0; h < hiddenSize; h++) {
      double v = hidden[h] + bias[h];
      hidden[h] = v * v * v;
    }
    final int labels = labelCount;
    final double[] scores = new double[labels];
    final double[] weights = outputByHidden;
    for (int h = 0; h < hiddenSize; h++) {
      double activation = hidden[h];
      int base = h * labels;
      for (int label = 0; label < labels; label++) {
        scores[label] += activation * weights[base + label];
      }
    }
    return scores;
  }

  /** The hidden-layer product of one feature, as CoreNLP computes it (float products, double sum). */
  private float[] slice(float[] embedding, int columnOffset) {
    float[] product = new float[hiddenSize];
    for (int h = 0; h < hiddenSize; h++) {
      float[] weights = w1[h];
      double partial = 0.0;
      for (int k = 0; k < embedding.length; k++) {
        partial += weights[columnOffset + k] * embedding[k];
      }
      product[h] = (float) partial;
    }
    return product;
  }
}
