package org.pharos.coder.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.pharos.model.text.Token;

/**
 * Countries, capitals, cities and a theater's named sites, with coordinates, looked up by name
 * (ignoring case, diacritics, hyphens and the spelling of the Arabic article, see {@link
 * PlaceNames}) and found in token lists in one left-to-right pass.
 *
 * <p>When a name has several candidates, {@link #rank} orders them: first those in the document's
 * countries, then by kind (named site &gt; country &gt; capital &gt; city, see {@link PlaceKind}),
 * then by population. So "Tripoli" is the Libyan capital by default and the Lebanese city in a
 * document about Lebanon; "Erbil airport" is the named site.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.load(GazetteerSources.defaults());
 * gazetteer.best("Ain al-Asad", Set.of("IRQ")).map(GazetteerEntry::toPlace);
 * List<PlaceMatch> matches = gazetteer.find(sentence.tokens());
 * }</pre>
 *
 * <p>Immutable after loading and thread-safe. Load it once and share it.
 */
public final class Gazetteer {

  private static final String BASE_HEADER = "kind\tname\tiso2\tiso3\tlat\tlon\tpopulation\tgeonameid\taliases";
  private static final String SITES_HEADER = "name\taliases\tcountry\tlat\tlon\tkind";

  private static final Set<String> CALENDAR_WORDS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday");
  private static final Set<String> NON_PLACE_NER =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> index;
  private final Set<String> prefixes;
  private final Map<String, GazetteerEntry> countriesByIso3;

  private Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Integer>> keys = new HashMap<>(entries.size() * 8);
    Map<String, GazetteerEntry> countries = new HashMap<>();
    for (GazetteerEntry e : this.entries) {
      if (e.kind() == PlaceKind.COUNTRY) {
        countries.put(e.iso3(), e);
      }
      addKeys(keys, e.name(), e.id());
      for (String alias : e.aliases()) {
        addKeys(keys, alias, e.id());
      }
    }
    Map<String, int[]> built = new HashMap<>(keys.size() * 2);
    Set<String> prefixSet = new HashSet<>(keys.size());
    for (Map.Entry<String, List<Integer>> k : keys.entrySet()) {
      built.put(k.getKey(), k.getValue().stream().mapToInt(Integer::intValue).toArray());
      String key = k.getKey();
      for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
        prefixSet.add(key.substring(0, sp));
      }
    }
    this.index = built;
    this.prefixes = prefixSet;
    this.countriesByIso3 = Map.copyOf(countries);
  }

  private static void addKeys(Map<String, List<Integer>> keys, String name, int id) {
    String key = PlaceNames.nameKey(name);
    if (key.isEmpty()) {
      return;
    }
    addKey(keys, key, id);
    String stripped = PlaceNames.withoutArticle(key);
    if (stripped != null) {
      addKey(keys, stripped, id);
    }
  }

  private static void addKey(Map<String, List<Integer>> keys, String key, int id) {
    List<Integer> ids = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  /**
   * Loads the gazetteer from {@code sources}.
   *
   * @throws GazetteerFormatException when a file is missing or malformed (naming file and line)
   */
  public static Gazetteer load(GazetteerSources sources) {
    List<GazetteerEntry> entries = new ArrayList<>(30_000);
    if (sources.baseResource() != null) {
      try (InputStream in = openResource(sources.baseResource())) {
        readBase(in, sources.baseResource(), entries);
      } catch (IOException e) {
        throw new GazetteerFormatException(sources.baseResource(), "cannot read", e);
      }
    } else {
      try (InputStream in = Files.newInputStream(sources.baseFile())) {
        readBase(in, sources.baseFile().toString(), entries);
      } catch (IOException e) {
        throw new GazetteerFormatException(sources.baseFile().toString(), "cannot read", e);
      }
    }
    Set<String> knownCountries = new HashSet<>();
    for (GazetteerEntry e : entries) {
      if (e.kind() == PlaceKind.COUNTRY) {
        knownCountries.add(e.iso3());
      }
    }
    for (String resource : sources.siteResources()) {
      try (InputStream in = openResource(resource)) {
        readSites(in, resource, knownCountries, entries);
      } catch (IOException e) {
        throw new GazetteerFormatException(resource, "cannot read", e);
      }
    }
    for (Path file : sources.siteFiles()) {
      try (InputStream in = Files.newInputStream(file)) {
        readSites(in, file.toString(), knownCountries, entries);
      } catch (IOException e) {
        throw new GazetteerFormatException(file.toString(), "cannot read", e);
      }
    }
    return new Gazetteer(entries);
  }

  /** Loads the bundled base gazetteer and theater sites ({@link GazetteerSources#defaults()}). */
  public static Gazetteer loadDefault() {
    return load(GazetteerSources.defaults());
  }

  private static InputStream openResource(String resource) throws IOException {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new GazetteerFormatException(resource, "resource not found on the classpath", null);
    }
    return resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static void readBase(InputStream raw, String source, List<GazetteerEntry> out)
      throws IOException {
    InputStream in = source.endsWith(".gz") && !(raw instanceof GZIPInputStream)
        ? new GZIPInputStream(raw, 1 << 16) : raw;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int lineNo = 0;
    boolean headerSeen = false;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(BASE_HEADER)) {
          throw new GazetteerFormatException(source, lineNo, "expected header '" + BASE_HEADER + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 9) {
        throw new GazetteerFormatException(source, lineNo, "expected 9 columns, found " + cols.length);
      }
      PlaceKind kind = switch (cols[0]) {
        case "country" -> PlaceKind.COUNTRY;
        case "capital" -> PlaceKind.CAPITAL;
        case "city" -> PlaceKind.CITY;
        default -> throw new GazetteerFormatException(source, lineNo, "unknown kind '" + cols[0] + "'");
      };
      String name = requireText(cols[1], "name", source, lineNo);
      String iso3 = requireIso3(cols[3], source, lineNo);
      Double lat = coordinate(cols[4], 90, "lat", source, lineNo);
      Double lon = coordinate(cols[5], 180, "lon", source, lineNo);
      long population = 0;
      if (!cols[6].isEmpty()) {
        try {
          population = Long.parseLong(cols[6]);
        } catch (NumberFormatException e) {
          throw new GazetteerFormatException(source, lineNo, "bad population '" + cols[6] + "'");
        }
      }
      List<String> aliases = cols[8].isEmpty() ? List.of() : Arrays.asList(cols[8].split("\\|"));
      out.add(new GazetteerEntry(out.size(), name, kind, cols[0], iso3, lat, lon, population, aliases));
    }
    if (!headerSeen) {
      throw new GazetteerFormatException(source, lineNo, "empty gazetteer: no header line");
    }
  }

  private static void readSites(
      InputStream in, String source, Set<String> knownCountries, List<GazetteerEntry> out)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    boolean headerSeen = false;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(SITES_HEADER)) {
          throw new GazetteerFormatException(source, lineNo, "expected header '" + SITES_HEADER + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 6) {
        throw new GazetteerFormatException(source, lineNo, "expected 6 columns, found " + cols.length);
      }
      String name = requireText(cols[0], "name", source, lineNo);
      String iso3 = requireIso3(cols[2], source, lineNo);
      if (!knownCountries.contains(iso3)) {
        throw new GazetteerFormatException(source, lineNo, "unknown country code '" + iso3 + "'");
      }
      Double lat = coordinate(cols[3], 90, "lat", source, lineNo);
      Double lon = coordinate(cols[4], 180, "lon", source, lineNo);
      if (lat == null || lon == null) {
        throw new GazetteerFormatException(source, lineNo, "a named site needs lat and lon");
      }
      String type = requireText(cols[5], "kind", source, lineNo).toLowerCase(Locale.ROOT);
      List<String> aliases = new ArrayList<>();
      for (String alias : cols[1].split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
      out.add(new GazetteerEntry(out.size(), name, PlaceKind.SITE, type, iso3, lat, lon, 0, aliases));
    }
    if (!headerSeen) {
      throw new GazetteerFormatException(source, lineNo, "empty site file: no header line");
    }
  }

  private static String requireText(String value, String column, String source, int lineNo) {
    if (value.isBlank()) {
      throw new GazetteerFormatException(source, lineNo, "empty " + column);
    }
    return value.strip();
  }

  private static String requireIso3(String value, String source, int lineNo) {
    if (value.length() != 3 || !value.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new GazetteerFormatException(source, lineNo, "bad ISO-3166 alpha-3 code '" + value + "'");
    }
    return value;
  }

  private static Double coordinate(String value, double limit, String column, String source, int lineNo) {
    if (value.isEmpty()) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(source, lineNo, "bad " + column + " '" + value + "'");
    }
    if (Double.isNaN(v) || v < -limit || v > limit) {
      throw new GazetteerFormatException(source, lineNo, column + " out of range: " + value);
    }
    return v;
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** Number of distinct lookup keys (names, aliases and their article-less forms). */
  public int keyCount() {
    return index.size();
  }

  /** Number of entries of each kind. */
  public Map<PlaceKind, Integer> countsByKind() {
    Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);
    for (GazetteerEntry e : entries) {
      counts.merge(e.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** The entry with dense id {@code id}. */
  public GazetteerEntry entry(int id) {
    return entries.get(id);
  }

  /** The country with ISO-3166 alpha-3 code {@code iso3}. */
  public Optional<GazetteerEntry> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countriesByIso3.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** All entries named {@code name} (or with it as an alias), unranked; empty when none. */
  public List<GazetteerEntry> lookup(String name) {
    String key = PlaceNames.nameKey(name);
    if (key.isEmpty()) {
      return List.of();
    }
    Set<GazetteerEntry> found = new LinkedHashSet<>();
    addAll(found, index.get(key));
    String stripped = PlaceNames.withoutArticle(key);
    if (stripped != null) {
      addAll(found, index.get(stripped));
    }
    return List.copyOf(found);
  }

  private void addAll(Set<GazetteerEntry> found, int[] ids) {
    if (ids != null) {
      for (int id : ids) {
        found.add(entries.get(id));
      }
    }
  }

  /** {@code candidates} best first: in {@code docCountries}, then by kind, then by population. */
  public static List<GazetteerEntry> rank(Collection<GazetteerEntry> candidates, Set<String> docCountries) {
    Set<String> preferred = docCountries == null ? Set.of() : docCountries;
    List<GazetteerEntry> ranked = new ArrayList<>(candidates);
    ranked.sort(
        Comparator.comparing((GazetteerEntry e) -> !preferred.contains(e.iso3()))
            .thenComparing(e -> -e.kind().rank())
            .thenComparing(e -> -e.population())
            .thenComparingInt(GazetteerEntry::id));
    return ranked;
  }

  /** The best entry for {@code name}, preferring {@code docCountries} (ISO-3 codes). */
  public Optional<GazetteerEntry> best(String name, Set<String> docCountries) {
    List<GazetteerEntry> found = lookup(name);
    return found.isEmpty() ? Optional.empty() : Optional.of(rank(found, docCountries).get(0));
  }

  /**
   * The named border region between two countries ({@code "Iraq-Syria border"} in a site file, in
   * either order), if a site file has one.
   */
  public Optional<GazetteerEntry> border(String iso3a, String iso3b) {
    Optional<GazetteerEntry> a = country(iso3a);
    Optional<GazetteerEntry> b = country(iso3b);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    for (String name : List.of(
        a.get().name() + "-" + b.get().name() + " border", b.get().name() + "-" + a.get().name() + " border")) {
      for (GazetteerEntry e : lookup(name)) {
        if (e.kind() == PlaceKind.SITE && e.siteType().equals("border")) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds gazetteer names in {@code tokens} in one left-to-right pass, longest match first, matches
   * not overlapping. Tokens that CoreNLP split at hyphens ("al", "-", "Sakhar") are read together. A
   * match must contain a capitalized token and, when the tokens carry POS tags, a proper noun (for a
   * one-token match); a single adjective ("Iraqi") never matches. It may not start with a lower-case
   * word other than the article ("al-Qaim"). Month and weekday names and spans that NER tags as dates,
   * times or numbers are skipped unless they name a theater site.
   */
  public List<PlaceMatch> find(List<Token> tokens) {
    // Units: tokens glued by hyphens the way CoreNLP splits them ("al", "-", "Sakhar"; "K", "-", "1")
    // are read as one word group ("al-Sakhar"), so that names match however the tokenizer split them.
    int n = tokens.size();
    int[] unitFirst = new int[n];
    int[] unitLast = new int[n];
    String[] norm = new String[n];
    int units = 0;
    for (int t = 0; t < n; t++) {
      int last = t;
      StringBuilder surface = new StringBuilder(tokens.get(t).word());
      while (last + 2 < n && isGluedHyphen(tokens, last + 1)) {
        surface.append('-').append(tokens.get(last + 2).word());
        last += 2;
      }
      List<String> words = PlaceNames.words(surface.toString());
      unitFirst[units] = t;
      unitLast[units] = last;
      norm[units] = words.isEmpty() ? null : String.join(" ", words);
      units++;
      t = last;
    }
    List<PlaceMatch> out = new ArrayList<>();
    int u = 0;
    StringBuilder key = new StringBuilder(64);
    while (u < units) {
      int bestEnd = -1;
      int[] bestIds = null;
      if (norm[u] != null && canStart(tokens.get(unitFirst[u]), norm[u])) {
        key.setLength(0);
        for (int v = u; v < units && norm[v] != null; v++) {
          if (v > u) {
            key.append(' ');
          }
          key.append(norm[v]);
          String k = key.toString();
          int[] ids = index.get(k);
          if (ids != null && acceptable(tokens, unitFirst[u], unitLast[v] + 1)
              && !calendarWord(tokens, unitFirst[u], unitLast[v] + 1, ids)) {
            bestEnd = v + 1;
            bestIds = ids;
          }
          if (!prefixes.contains(k)) {
            break;
          }
        }
      }
      if (bestEnd > 0) {
        List<GazetteerEntry> candidates = new ArrayList<>(bestIds.length);
        for (int id : bestIds) {
          candidates.add(entries.get(id));
        }
        int firstToken = unitFirst[u];
        int lastToken = unitLast[bestEnd - 1];
        out.add(new PlaceMatch(tokens.get(firstToken).index(), tokens.get(lastToken).index() + 1,
            joined(tokens, firstToken, lastToken + 1), candidates));
        u = bestEnd;
      } else {
        u++;
      }
    }
    return out;
  }

  /**
   * A month or weekday ("in March", "on Monday") or a span tagged as a date, time or number by NER;
   * only a theater's named site overrides this.
   */
  private boolean calendarWord(List<Token> tokens, int from, int to, int[] ids) {
    for (int id : ids) {
      if (entries.get(id).kind() == PlaceKind.SITE) {
        return false;
      }
    }
    if (to - from == 1 && CALENDAR_WORDS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int t = from; t < to; t++) {
      String ner = tokens.get(t).ner();
      if (ner == null || !NON_PLACE_NER.contains(ner)) {
        return false;
      }
    }
    return true;
  }

  /** A hyphen token at {@code h} touching the tokens on both sides. */
  private static boolean isGluedHyphen(List<Token> tokens, int h) {
    Token hyphen = tokens.get(h);
    String w = hyphen.word();
    if (!(w.equals("-") || w.equals("\u2013") || w.equals("\u2010") || "HYPH".equals(hyphen.pos()))) {
      return false;
    }
    Token before = tokens.get(h - 1);
    Token after = tokens.get(h + 1);
    return before.end() == hyphen.begin() && hyphen.end() == after.begin();
  }

  private static boolean canStart(Token token, String normalized) {
    char c = token.word().charAt(0);
    return Character.isUpperCase(c) || normalized.equals("al") || normalized.startsWith("al ");
  }

  private static boolean acceptable(List<Token> tokens, int from, int to) {
    boolean capitalized = false;
    boolean tagged = true;
    boolean properNoun = false;
    for (int t = from; t < to; t++) {
      Token token = tokens.get(t);
      String word = token.word();
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        capitalized = true;
      }
      if (token.pos() == null) {
        tagged = false;
      } else if (token.isProperNoun() || token.pos().equals("FW")) {
        properNoun = true;
      }
    }
    if (!capitalized) {
      return false;
    }
    if (to - from == 1 && "JJ".equals(tokens.get(from).pos())) {
      return false;
    }
    // multi-token names ("K-1 base", tagged NN CD NN by CoreNLP) need only a capital
    return !tagged || properNoun || to - from > 1;
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (int t = from; t < to; t++) {
      Token token = tokens.get(t);
      if (prev != null && token.begin() > prev.end()) {
        sb.append(' ');
      }
      sb.append(token.word());
      prev = token;
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Gazetteer" + countsByKind() + " with " + index.size() + " keys";
  }
}
