package org.pharos.coder.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pharos.model.ontology.CameoCodebook;
import org.pharos.model.ontology.ResourceFormatException;

/**
 * The event lexicon: verb and noun triggers with CAMEO codes and argument hints, light verbs, verbs
 * looked through ("continue"), control verbs with their complement families, and the codes that need
 * no target. Loaded from a human-editable, versioned text file (format in the header of {@code
 * event-lexicon.txt}) and validated against a {@link CameoCodebook}; errors name the file and line.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * EventLexicon lexicon = EventLexicon.standard();
 * lexicon.entries(TriggerKind.NOUN, "airstrike");   // [noun airstrike 195]
 * lexicon.triggerLemmas().contains("attack");         // true: used by the relevance filter
 * }</pre>
 */
public final class EventLexicon {
  /** The bundled lexicon. */
  public static final String RESOURCE = "/org/pharos/coder/events/event-lexicon.txt";

  private static final class Holder {
    static final EventLexicon STANDARD =
        load(EventLexicon.class.getResourceAsStream(RESOURCE), RESOURCE, CameoCodebook.standard());
  }

  private final Map<String, List<TriggerEntry>> verbs;
  private final Map<String, List<TriggerEntry>> nouns;
  private final Map<String, List<ControlEntry>> controls;
  private final Map<String, ComplementFamily> families;
  private final Map<String, Set<String>> lightVerbs; // lemma -> particles ("" for none)
  private final Set<String> aspectVerbs;
  private final Set<String> untargeted;
  private final Set<String> resultVerbs;
  private final Set<String> unsourced;
  private final Set<String> speechVerbs;
  private final Set<String> triggerLemmas;
  private final Set<String> codes;
  private final String version;

  private EventLexicon(Builder b) {
    this.verbs = freeze(b.verbs);
    this.nouns = freeze(b.nouns);
    this.controls = freeze(b.controls);
    this.families = Collections.unmodifiableMap(new LinkedHashMap<>(b.families));
    Map<String, Set<String>> lv = new HashMap<>();
    b.lightVerbs.forEach((k, v) -> lv.put(k, Set.copyOf(v)));
    this.lightVerbs = Collections.unmodifiableMap(lv);
    this.aspectVerbs = Set.copyOf(b.aspectVerbs);
    this.untargeted = Set.copyOf(b.untargeted);
    this.resultVerbs = Set.copyOf(b.resultVerbs);
    this.unsourced = Set.copyOf(b.unsourced);
    this.speechVerbs = Set.copyOf(b.speechVerbs);
    Set<String> lemmas = new TreeSet<>();
    lemmas.addAll(verbs.keySet());
    lemmas.addAll(nouns.keySet());
    lemmas.addAll(controls.keySet());
    this.triggerLemmas = Collections.unmodifiableSet(lemmas);
    this.codes = Collections.unmodifiableSet(new TreeSet<>(b.codes));
    this.version = b.version;
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
    Map<String, List<T>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** The lexicon that ships with Pharos, validated against {@link CameoCodebook#standard()}. */
  public static EventLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads and validates a lexicon.
   *
   * @param in the lexicon text (UTF-8)
   * @param name the file or resource name used in messages
   * @param codebook every code must exist here
   * @throws ResourceFormatException naming {@code name} and the line of the first bad entry
   */
  public static EventLexicon load(InputStream in, String name, CameoCodebook codebook) {
    if (in == null) {
      throw new ResourceFormatException(name, 0, "lexicon not found");
    }
    Builder b = new Builder(name, codebook);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        int hash = s.indexOf('#');
        String t = (hash >= 0 ? s.substring(0, hash) : s).strip();
        if (!t.isEmpty()) {
          b.line(n, t.split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    b.validateControls();
    return new EventLexicon(b);
  }

  /** Entries for a trigger lemma, most specific first (ties keep file order). */
  public List<TriggerEntry> entries(TriggerKind kind, String lemma) {
    return (kind == TriggerKind.VERB ? verbs : nouns).getOrDefault(lemma, List.of());
  }

  /** Control entries for a verb lemma, most specific first. */
  public List<ControlEntry> controls(String lemma) {
    return controls.getOrDefault(lemma, List.of());
  }

  /** A complement family by name. */
  public Optional<ComplementFamily> family(String name) {
    return Optional.ofNullable(families.get(name));
  }

  /**
   * True when {@code lemma} with {@code particle} (or {@code null}) is a light verb ("carry out",
   * "hold", "launch").
   */
  public boolean isLightVerb(String lemma, String particle) {
    Set<String> p = lightVerbs.get(lemma);
    return p != null && p.contains(particle == null ? "" : particle);
  }

  /** True for verbs looked through to their complement ("continue", "resume", "try"). */
  public boolean isAspectVerb(String lemma) {
    return aspectVerbs.contains(lemma);
  }

  /**
   * True for verbs that report the outcome of a means ("killed", "wounded", "hit"): when their agent
   * or an "in"/"by" phrase is an event noun ("the strike killed", "killed in a US air strike") the
   * noun's event is coded, with the verb's patient as its target.
   */
  public boolean isResultVerb(String lemma) {
    return resultVerbs.contains(lemma);
  }

  /**
   * True for speech verbs whose clausal complement can be a demand or a statement of intent ("said
   * Iraq must pay", "said it would retaliate").
   */
  public boolean isSpeechVerb(String lemma) {
    return speechVerbs.contains(lemma);
  }

  /** The speech-verb lemmas. */
  public Set<String> speechVerbs() {
    return speechVerbs;
  }

  /**
   * True when an event with this code may be coded without a source ("Rockets hit the base": force
   * and coercion); other events need a named source.
   */
  public boolean allowsMissingSource(String code) {
    for (int len = code.length(); len >= 2; len--) {
      if (unsourced.contains(code.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  /** True when an event with this code needs no target (statements, retreat, protest, …). */
  public boolean allowsMissingTarget(String code) {
    for (int len = code.length(); len >= 2; len--) {
      if (untargeted.contains(code.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  /** Every verb, noun and control-verb lemma: what a cheap relevance filter looks for. */
  public Set<String> triggerLemmas() {
    return triggerLemmas;
  }

  /** True when {@code lemma} is a noun trigger. */
  public boolean isNounTrigger(String lemma) {
    return nouns.containsKey(lemma);
  }

  /** True when {@code lemma} is a verb or control-verb trigger. */
  public boolean isVerbTrigger(String lemma) {
    return verbs.containsKey(lemma) || controls.containsKey(lemma);
  }

  /** Every CAMEO code the lexicon can assign (entries, family defaults and derived codes). */
  public Set<String> codes() {
    return codes;
  }

  /** The lexicon's {@code @version}. */
  public String version() {
    return version;
  }

  private static final class Builder {
    final String name;
    final CameoCodebook codebook;
    final Map<String, List<TriggerEntry>> verbs = new HashMap<>();
    final Map<String, List<TriggerEntry>> nouns = new HashMap<>();
    final Map<String, List<ControlEntry>> controls = new HashMap<>();
    final Map<String, ComplementFamily> families = new LinkedHashMap<>();
    final Map<String, Set<String>> lightVerbs = new HashMap<>();
    final Set<String> aspectVerbs = new HashSet<>();
    final Set<String> untargeted = new HashSet<>();
    final Set<String> resultVerbs = new HashSet<>();
    final Set<String> unsourced = new HashSet<>();
    final Set<String> speechVerbs = new HashSet<>();
    final Set<String> codes = new HashSet<>();
    final Map<String, Integer> familyUseLines = new LinkedHashMap<>();
    String version = "unversioned";

    Builder(String name, CameoCodebook codebook) {
      this.name = name;
      this.codebook = codebook;
    }

    ResourceFormatException error(int line, String reason) {
      return new ResourceFormatException(name, line, reason);
    }

    String code(int line, String c) {
      if (!codebook.contains(c)) {
        throw error(line, "CAMEO code '" + c + "' is not in the codebook");
      }
      codes.add(c);
      return c;
    }

    static String lemma(String s) {
      return s.toLowerCase(Locale.ROOT);
    }

    void line(int n, String[] f) {
      switch (f[0]) {
        case "@version" -> version = f.length > 1 ? f[1] : version;
        case "verb", "noun" -> trigger(n, f);
        case "light" -> {
          need(n, f, 2, "light LEMMA [prt=P]");
          String particle = "";
          for (int i = 2; i < f.length; i++) {
            particle = option(n, f[i], "prt");
          }
          lightVerbs.computeIfAbsent(lemma(f[1]), k -> new HashSet<>()).add(particle);
        }
        case "aspect" -> {
          need(n, f, 2, "aspect LEMMA");
          aspectVerbs.add(lemma(f[1]));
        }
        case "result" -> {
          need(n, f, 2, "result LEMMA ...");
          for (int i = 1; i < f.length; i++) {
            resultVerbs.add(lemma(f[i]));
          }
        }
        case "speech" -> {
          need(n, f, 2, "speech LEMMA ...");
          for (int i = 1; i < f.length; i++) {
            speechVerbs.add(lemma(f[i]));
          }
        }
        case "control" -> control(n, f);
        case "family" -> family(n, f);
        case "untargeted", "unsourced" -> {
          for (int i = 1; i < f.length; i++) {
            if (!f[i].matches("\\d{2,4}")) {
              throw error(n, "not a CAMEO code prefix: '" + f[i] + "'");
            }
            (f[0].equals("untargeted") ? untargeted : unsourced).add(f[i]);
          }
        }
        default -> throw error(n, "unknown entry kind '" + f[0]
            + "' (expected verb, noun, light, aspect, result, speech, control, family, untargeted, unsourced)");
      }
    }

    void need(int n, String[] f, int min, String usage) {
      if (f.length < min) {
        throw error(n, "too few fields; usage: " + usage);
      }
    }

    String option(int n, String field, String key) {
      if (!field.startsWith(key + "=") || field.length() == key.length() + 1) {
        throw error(n, "expected option " + key + "=VALUE, found '" + field + "'");
      }
      return lemma(field.substring(key.length() + 1));
    }

    void trigger(int n, String[] f) {
      need(n, f, 3, f[0] + " LEMMA CODE [options]");
      TriggerKind kind = f[0].equals("verb") ? TriggerKind.VERB : TriggerKind.NOUN;
      String lemma = lemma(f[1]);
      String code = null;
      String particle = null;
      Set<String> obj = new HashSet<>();
      Set<String> obl = new HashSet<>();
      Set<String> mod = new HashSet<>();
      Set<String> xcomp = new HashSet<>();
      Set<String> src = new HashSet<>();
      boolean actorObject = false;
      boolean bare = false;
      boolean ofSource = false;
      boolean sym = false;
      for (int i = 2; i < f.length; i++) {
        String o = f[i];
        if (o.matches("\\d{2,4}")) {
          if (code != null) {
            throw error(n, "two codes in one entry: " + code + " and " + o);
          }
          code = code(n, o);
        } else if (o.equals("sym")) {
          sym = true;
        } else if (o.equals("actorobj")) {
          actorObject = true;
        } else if (o.equals("bare")) {
          bare = true;
        } else if (o.startsWith("src=")) {
          src.addAll(List.of(option(n, o, "src").split("\\|")));
        } else if (o.startsWith("xcomp=")) {
          xcomp.addAll(List.of(option(n, o, "xcomp").split("\\|")));
        } else if (o.startsWith("prt=")) {
          particle = option(n, o, "prt");
        } else if (o.startsWith("obj=")) {
          obj.addAll(List.of(option(n, o, "obj").split("\\|")));
        } else if (o.startsWith("obl=")) {
          obl.addAll(List.of(option(n, o, "obl").split("\\|")));
        } else if (o.startsWith("mod=")) {
          mod.addAll(List.of(option(n, o, "mod").split("\\|")));
        } else if (o.startsWith("of=")) {
          String v = option(n, o, "of");
          if (!v.equals("source") && !v.equals("target")) {
            throw error(n, "of= must be source or target, found '" + v + "'");
          }
          ofSource = v.equals("source");
        } else {
          throw error(n, "unknown option '" + o + "'");
        }
      }
      if (code == null) {
        throw error(n, "entry for '" + lemma + "' has no CAMEO code");
      }
      if (kind == TriggerKind.NOUN && (particle != null || !obj.isEmpty() || !xcomp.isEmpty() || actorObject || bare)) {
        throw error(n, "prt=, obj=, xcomp=, actorobj and bare apply to verbs only");
      }
      if (kind == TriggerKind.VERB && !mod.isEmpty()) {
        throw error(n, "mod= applies to nouns only");
      }
      TriggerEntry e = new TriggerEntry(kind, lemma, code, particle, obj, obl, mod, ofSource, sym, xcomp, src, actorObject, bare, n);
      List<TriggerEntry> list = (kind == TriggerKind.VERB ? verbs : nouns).computeIfAbsent(lemma, k -> new ArrayList<>());
      list.add(e);
      list.sort(Comparator.comparingInt(TriggerEntry::specificity).reversed().thenComparingInt(TriggerEntry::line));
    }

    void control(int n, String[] f) {
      need(n, f, 3, "control LEMMA FAMILY [prt=P] [obl=PREP] [event]");
      String particle = null;
      String oblique = null;
      boolean needsEvent = false;
      for (int i = 3; i < f.length; i++) {
        if (f[i].equals("event")) {
          needsEvent = true;
        } else if (f[i].startsWith("prt=")) {
          particle = option(n, f[i], "prt");
        } else {
          oblique = option(n, f[i], "obl");
        }
      }
      ControlEntry e = new ControlEntry(lemma(f[1]), f[2], particle, oblique, needsEvent, n);
      familyUseLines.putIfAbsent(f[2], n);
      List<ControlEntry> list = controls.computeIfAbsent(e.lemma(), k -> new ArrayList<>());
      list.add(e);
      list.sort(Comparator.comparingInt(ControlEntry::specificity).reversed().thenComparingInt(ControlEntry::line));
    }

    void family(int n, String[] f) {
      need(n, f, 4, "family NAME DEFAULT target=agent|patient PREFIX=CODE ...");
      String def = code(n, f[2]);
      String rule = option(n, f[3], "target");
      ComplementFamily.TargetRule tr;
      try {
        tr = ComplementFamily.TargetRule.valueOf(rule.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(n, "target= must be agent or patient, found '" + rule + "'");
      }
      Map<String, String> m = new HashMap<>();
      for (int i = 4; i < f.length; i++) {
        String[] kv = f[i].split("=", -1);
        if (kv.length != 2 || !kv[0].matches("\\d{2,4}")) {
          throw error(n, "expected PREFIX=CODE, found '" + f[i] + "'");
        }
        m.put(kv[0], code(n, kv[1]));
      }
      if (families.put(f[1], new ComplementFamily(f[1], def, tr, m)) != null) {
        throw error(n, "family " + f[1] + " defined twice");
      }
    }

    void validateControls() {
      for (Map.Entry<String, Integer> e : familyUseLines.entrySet()) {
        if (!families.containsKey(e.getKey())) {
          throw error(e.getValue(), "control verb uses undefined family " + e.getKey());
        }
      }
    }
  }
}
