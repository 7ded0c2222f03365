package org.pharos.coder.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that tell what a number counts: verbs ("kill", "injure", "arrest"), counted nouns
 * ("attack", "troop", "missile", "drone"), person nouns, currencies and the special words of tolls
 * and repetitions. Loaded from a versioned TSV resource ({@value #DEFAULT_RESOURCE}; its header
 * documents the format). Immutable and thread-safe.
 */
public final class QuantityLexicon {

  /** The bundled lexicon. */
  public static final String DEFAULT_RESOURCE = "org/pharos/coder/quantity/quantity-lexicon.tsv";

  private static final String HEADER = "kind\trole\tlemmas";
  private static final Set<String> KINDS =
      Set.of("killed", "injured", "arrested", "attacks", "troops", "missiles", "drones", "money",
          "people", "any");

  private final Map<String, String> verbKinds;
  private final Map<String, String> nounKinds;
  private final Set<String> personNouns;
  private final Set<String> sufferVerbs;
  private final Map<String, String> tollNouns;
  private final Map<String, String> repeatNouns;
  private final Map<String, String> currencies;
  private final Set<String> riseVerbs;
  private final Set<String> attackVerbs;

  private QuantityLexicon(Builder b) {
    verbKinds = Map.copyOf(b.verbKinds);
    nounKinds = Map.copyOf(b.nounKinds);
    personNouns = Set.copyOf(b.personNouns);
    sufferVerbs = Set.copyOf(b.sufferVerbs);
    tollNouns = Map.copyOf(b.tollNouns);
    repeatNouns = Map.copyOf(b.repeatNouns);
    currencies = Map.copyOf(b.currencies);
    riseVerbs = Set.copyOf(b.riseVerbs);
    attackVerbs = Set.copyOf(b.attackVerbs);
  }

  /** Loads the bundled lexicon. */
  public static QuantityLexicon loadDefault() {
    try (InputStream in = QuantityLexicon.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new QuantityLexiconException(DEFAULT_RESOURCE, "resource not found on the classpath", null);
      }
      return read(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new QuantityLexiconException(DEFAULT_RESOURCE, "cannot read", e);
    }
  }

  /** Loads a lexicon file in the bundled format. */
  public static QuantityLexicon load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new QuantityLexiconException(file.toString(), "cannot read", e);
    }
  }

  private static QuantityLexicon read(InputStream in, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Builder b = new Builder();
    String line;
    int lineNo = 0;
    boolean header = false;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new QuantityLexiconException(source, lineNo, "expected header '" + HEADER + "'");
        }
        header = true;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new QuantityLexiconException(source, lineNo, "expected 3 columns, found " + cols.length);
      }
      String kind = cols[0].strip();
      if (!KINDS.contains(kind)) {
        throw new QuantityLexiconException(source, lineNo, "unknown kind '" + kind + "'");
      }
      for (String raw : cols[2].split("\\|")) {
        String lemma = raw.strip().toLowerCase(Locale.ROOT);
        if (lemma.isEmpty()) {
          throw new QuantityLexiconException(source, lineNo, "empty lemma");
        }
        switch (cols[1].strip()) {
          case "verb" -> {
            if (kind.equals("attacks")) {
              b.attackVerbs.add(lemma);
            } else {
              b.verbKinds.put(lemma, kind);
            }
          }
          case "noun" -> b.nounKinds.put(lemma, kind);
          case "person" -> b.personNouns.add(lemma);
          case "suffer" -> b.sufferVerbs.add(lemma);
          case "toll" -> b.tollNouns.put(lemma, kind);
          case "repeat" -> b.repeatNouns.put(lemma, kind);
          case "rise" -> b.riseVerbs.add(lemma);
          case "currency" -> {
            int eq = lemma.indexOf('=');
            if (eq <= 0 || eq == lemma.length() - 1) {
              throw new QuantityLexiconException(source, lineNo, "currency must be word=UNIT: '" + raw + "'");
            }
            String unit = raw.strip().substring(eq + 1);
            b.currencies.put(lemma.substring(0, eq), unit);
          }
          default -> throw new QuantityLexiconException(source, lineNo, "unknown role '" + cols[1] + "'");
        }
      }
    }
    if (!header) {
      throw new QuantityLexiconException(source, lineNo, "empty lexicon: no header line");
    }
    return new QuantityLexicon(b);
  }

  private static final class Builder {
    final Map<String, String> verbKinds = new HashMap<>();
    final Map<String, String> nounKinds = new HashMap<>();
    final Set<String> personNouns = new HashSet<>();
    final Set<String> sufferVerbs = new HashSet<>();
    final Map<String, String> tollNouns = new HashMap<>();
    final Map<String, String> repeatNouns = new HashMap<>();
    final Map<String, String> currencies = new HashMap<>();
    final Set<String> riseVerbs = new HashSet<>();
    final Set<String> attackVerbs = new HashSet<>();
  }

  /** The kind a verb gives its counted argument ({@code kill} → {@code killed}). */
  public Optional<String> verbKind(String lemma) {
    return Optional.ofNullable(verbKinds.get(lemma));
  }

  /** The kind of a counted noun ({@code attack} → {@code attacks}, {@code death} → {@code killed}). */
  public Optional<String> nounKind(String lemma) {
    return Optional.ofNullable(nounKinds.get(lemma));
  }

  /** True for nouns that count people ("civilians", "fighters"). */
  public boolean isPersonNoun(String lemma) {
    return personNouns.contains(lemma);
  }

  /** True for verbs like "suffer" whose object tells the kind. */
  public boolean isSufferVerb(String lemma) {
    return sufferVerbs.contains(lemma);
  }

  /** The kind of a toll noun ("toll" → killed). */
  public Optional<String> tollKind(String lemma) {
    return Optional.ofNullable(tollNouns.get(lemma));
  }

  /** The kind of a repetition noun ("times" after an attack verb → attacks). */
  public Optional<String> repeatKind(String lemma) {
    return Optional.ofNullable(repeatNouns.get(lemma));
  }

  /** True for verbs of attack, whose repetitions are counted as attacks. */
  public boolean isAttackVerb(String lemma) {
    return attackVerbs.contains(lemma);
  }

  /** True for verbs of a count reaching a value ("rose to 12"). */
  public boolean isRiseVerb(String lemma) {
    return riseVerbs.contains(lemma);
  }

  /** The unit of a currency word or symbol ({@code $} → {@code USD}), lower-cased lookup. */
  public Optional<String> currency(String wordOrSymbol) {
    return Optional.ofNullable(currencies.get(wordOrSymbol.toLowerCase(Locale.ROOT)));
  }
}
