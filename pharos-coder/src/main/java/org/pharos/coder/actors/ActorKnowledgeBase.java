package org.pharos.coder.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pharos.model.PartialDate;

/**
 * The actor knowledge base: countries (names, adjectives, demonyms, capitals), international
 * organisations, role and sector words, country-specific institutions, people with dated tenures,
 * non-state groups and generic actors, indexed in a token trie for one-pass longest matching.
 *
 * <p>Loaded from six versioned TSV files ({@code countries.tsv}, {@code igos.tsv}, {@code roles.tsv},
 * {@code people.tsv}, {@code groups.tsv}, {@code generic.tsv}; formats in the README next to them).
 * Validation errors are {@link ActorDictionaryException}s naming the file and line. Usage:
 *
 * <pre>{@code
 * ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault();
 * ActorKnowledgeBase withPhoenix = kb.merge(PetrarchDictionaryImporter.load(Path.of("dicts")));
 * ActorResolver resolver = new KnowledgeBaseActorResolver(withPhoenix);
 * }</pre>
 *
 * <p>Immutable after loading and thread-safe.
 */
public final class ActorKnowledgeBase {
  static final String RESOURCE_DIR = "/org/pharos/coder/actors/";
  static final List<String> FILES =
      List.of("countries.tsv", "igos.tsv", "roles.tsv", "people.tsv", "groups.tsv", "generic.tsv");
  private static final Pattern CODE = Pattern.compile("[A-Z-]{3}([A-Z]{3})*");
  private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(al|el)-(?=\\p{L})");
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");
  private static final Set<String> ISO3;

  static {
    Set<String> iso = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    iso.add("XKX");
    ISO3 = Collections.unmodifiableSet(iso);
  }

  private final PhraseTrie trie;
  private final List<KbEntry> entries;
  private final Map<String, KbEntry> countries;
  private final List<String> notes;

  private ActorKnowledgeBase(PhraseTrie trie, List<KbEntry> entries, Map<String, KbEntry> countries, List<String> notes) {
    this.trie = trie;
    this.entries = List.copyOf(entries);
    this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
    this.notes = List.copyOf(notes);
  }

  /** Loads the knowledge base shipped in this jar. */
  public static ActorKnowledgeBase loadDefault() {
    return load(RESOURCE_DIR, name -> {
      InputStream in = ActorKnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + name);
      if (in == null) {
        throw new ActorDictionaryException(RESOURCE_DIR + name, 0, "resource not found");
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    });
  }

  /** Loads the six TSV files from {@code dir} (for edited or extended copies). */
  public static ActorKnowledgeBase load(Path dir) {
    return load(dir.toString() + "/", name -> {
      try {
        return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ActorDictionaryException(dir.resolve(name).toString(), 0, "cannot open: " + e.getMessage(), e);
      }
    });
  }

  private static ActorKnowledgeBase load(String prefix, Function<String, Reader> open) {
    Map<String, TsvTable> tables = new LinkedHashMap<>();
    tables.put("countries.tsv", TsvTable.read(prefix + "countries.tsv", open.apply("countries.tsv"),
        List.of("code", "name", "aliases", "adjectives", "demonyms", "capitals")));
    tables.put("igos.tsv", TsvTable.read(prefix + "igos.tsv", open.apply("igos.tsv"),
        List.of("code", "name", "aliases", "sector", "notes")));
    tables.put("roles.tsv", TsvTable.read(prefix + "roles.tsv", open.apply("roles.tsv"),
        List.of("phrases", "sector", "title", "kind", "country", "code", "name", "yields")));
    tables.put("people.tsv", TsvTable.read(prefix + "people.tsv", open.apply("people.tsv"),
        List.of("name", "aliases", "country", "code", "title", "start", "end")));
    tables.put("groups.tsv", TsvTable.read(prefix + "groups.tsv", open.apply("groups.tsv"),
        List.of("code", "name", "aliases", "country", "sector", "affiliation", "notes")));
    tables.put("generic.tsv", TsvTable.read(prefix + "generic.tsv", open.apply("generic.tsv"),
        List.of("phrases", "code", "sector", "name", "confidence")));
    Builder b = new Builder(true);
    for (TsvTable t : tables.values()) {
      b.notes.add(t.source() + " version " + t.version() + " (" + t.rows().size() + " rows)");
    }
    b.loadCountries(tables.get("countries.tsv"));
    b.loadIgos(tables.get("igos.tsv"));
    b.loadRoles(tables.get("roles.tsv"));
    b.loadPeople(tables.get("people.tsv"));
    b.loadGroups(tables.get("groups.tsv"));
    b.loadGeneric(tables.get("generic.tsv"));
    return b.build();
  }

  /**
   * A new knowledge base with this one's entries and {@code other}'s; on a conflicting alias (same
   * words, different actor) this one wins. The counts are added to {@link #notes()}.
   */
  public ActorKnowledgeBase merge(ActorKnowledgeBase other) {
    Builder b = new Builder(false);
    b.notes.addAll(notes);
    b.countries.putAll(countries);
    for (KbEntry e : entries) {
      b.entries.add(e);
    }
    copyAliases(trie.root(), b, false);
    int before = b.added;
    b.skipped = 0;
    b.added = 0;
    copyAliases(other.trie.root(), b, true);
    for (KbEntry e : other.entries) {
      b.entries.add(e);
    }
    other.countries.forEach(b.countries::putIfAbsent);
    b.notes.addAll(other.notes);
    b.notes.add("merged: " + b.added + " aliases added, " + b.skipped + " skipped (ours win on conflict); "
        + before + " aliases kept");
    return b.build();
  }

  private static void copyAliases(PhraseTrie.Node n, Builder b, boolean theirs) {
    for (PhraseTrie.Alias a : n.aliases()) {
      b.addAliasObject(a, theirs);
    }
    for (PhraseTrie.Node c : n.next.values()) {
      copyAliases(c, b, theirs);
    }
  }

  /** Number of indexed aliases (names, adjectives, role phrases…). */
  public int size() {
    return trie.size();
  }

  /** All entries, in load order. */
  public List<KbEntry> entries() {
    return entries;
  }

  /** The country entry for an ISO-3 code. */
  public Optional<KbEntry> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** The ISO-3 codes of all countries. */
  public Set<String> countryCodes() {
    return Collections.unmodifiableSet(countries.keySet());
  }

  /** Versions, row counts and merge reports, one line each. */
  public List<String> notes() {
    return notes;
  }

  /** The person of {@code country} holding {@code title} on {@code date}, when the knowledge base knows one. */
  public Optional<KbEntry> personHolding(String country, String title, LocalDate date) {
    for (KbEntry e : entries) {
      if (e.kind() == EntryKind.PERSON && country.equals(e.country())) {
        Tenure t = e.tenureAt(date);
        if (t != null && title.equals(t.title())) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** Entries whose alias is exactly {@code phrase} (normalized: case, hyphens, apostrophes, dots). */
  public List<KbEntry> lookup(String phrase) {
    List<String> keys = ActorText.phrasePieces(phrase).stream().map(ActorText.Piece::key).toList();
    PhraseTrie.Node n = keys.isEmpty() ? null : trie.find(keys);
    if (n == null) {
      return List.of();
    }
    List<KbEntry> out = new ArrayList<>();
    for (PhraseTrie.Alias a : n.aliases()) {
      if (!out.contains(a.entry())) {
        out.add(a.entry());
      }
    }
    return out;
  }

  PhraseTrie trie() {
    return trie;
  }

  static boolean isIso3(String code) {
    return ISO3.contains(code);
  }

  static boolean isWellFormedCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** Collects entries and aliases, checking conflicts. */
  static final class Builder {
    final PhraseTrie trie = new PhraseTrie();
    final List<KbEntry> entries = new ArrayList<>();
    final Map<String, KbEntry> countries = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final boolean strict;
    int added;
    int skipped;

    Builder(boolean strict) {
      this.strict = strict;
    }

    ActorKnowledgeBase build() {
      return new ActorKnowledgeBase(trie, entries, countries, notes);
    }

    private static int conflictClass(EntryKind k) {
      return switch (k) {
        case ROLE -> 1;
        case GENERIC -> 2;
        default -> 0;
      };
    }

    void addAlias(String phrase, KbEntry entry) {
      List<ActorText.Piece> pieces = ActorText.phrasePieces(phrase);
      if (pieces.isEmpty()) {
        return;
      }
      List<ActorText.CaseRule> rules = new ArrayList<>();
      for (ActorText.Piece p : pieces) {
        rules.add(ActorText.CaseRule.of(p.original()));
      }
      addAliasObject(new PhraseTrie.Alias(List.copyOf(pieces), List.copyOf(rules), entry), false);
    }

    /** Adds an alias; in strict mode a conflict throws, otherwise a conflicting alias is skipped. */
    void addAliasObject(PhraseTrie.Alias alias, boolean skipOnConflict) {
      KbEntry entry = alias.entry();
      PhraseTrie.Node existing = trie.find(alias.pieces().stream().map(ActorText.Piece::key).toList());
      if (existing != null) {
        for (PhraseTrie.Alias other : existing.aliases()) {
          KbEntry o = other.entry();
          if (o.identity().equals(entry.identity())) {
            return; // same actor, same words: nothing new
          }
          if (conflictClass(o.kind()) != conflictClass(entry.kind())) {
            continue;
          }
          if (o.kind() == EntryKind.PERSON && entry.kind() == EntryKind.PERSON && !overlap(o, entry)) {
            continue; // the document date tells them apart
          }
          if (skipOnConflict || !strict) {
            skipped++;
            return;
          }
          throw new ActorDictionaryException(entry.source(), entry.line(),
              "alias '" + alias.pieces().stream().map(ActorText.Piece::original).reduce((x, y) -> x + " " + y).orElse("")
                  + "' of " + entry.name() + " (" + entry.code() + ") conflicts with " + o.name() + " (" + o.code()
                  + ") at " + o.source() + ":" + o.line());
        }
      }
      trie.add(alias);
      added++;
    }

    private static boolean overlap(KbEntry a, KbEntry b) {
      if (a.tenures().isEmpty() || b.tenures().isEmpty()) {
        return true;
      }
      for (Tenure x : a.tenures()) {
        for (Tenure y : b.tenures()) {
          if (x.overlaps(y)) {
            return true;
          }
        }
      }
      return false;
    }

    private String knownCountry(TsvTable.Row r, String code, String column) {
      if (code.isEmpty()) {
        return null;
      }
      if (!countries.containsKey(code)) {
        throw r.error("unknown country code '" + code + "' in column " + column);
      }
      return code;
    }

    private static String sector(TsvTable.Row r, String s) {
      if (s.isEmpty()) {
        return null;
      }
      if (!SECTOR.matcher(s).matches()) {
        throw r.error("sector must be three capital letters, found '" + s + "'");
      }
      return s;
    }

    private static String code(TsvTable.Row r, String c) {
      if (!isWellFormedCode(c)) {
        throw r.error("malformed actor code '" + c + "' (expected blocks of three capital letters)");
      }
      return c;
    }

    void loadCountries(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String code = r.get(0);
        if (!code.matches("[A-Z]{3}") || !isIso3(code)) {
          throw r.error("unknown country code '" + code + "' (not ISO 3166 alpha-3)");
        }
        if (countries.containsKey(code)) {
          throw r.error("duplicate country code '" + code + "'");
        }
        String name = r.get(1);
        if (name.isEmpty()) {
          throw r.error("empty country name");
        }
        KbEntry country = new KbEntry(EntryKind.COUNTRY, name, code, code, null, null, null, false, false, 0.9,
            null, t.source(), r.line());
        countries.put(code, country);
        entries.add(country);
        addAlias(name, country);
        r.list(2).forEach(a -> addAlias(a, country));
        r.list(3).forEach(a -> addAlias(a, country));
        KbEntry people = new KbEntry(EntryKind.DEMONYM, name, code, code, null, null, null, false, false, 0.8,
            null, t.source(), r.line());
        r.list(4).forEach(a -> addAlias(a, people));
        KbEntry capital = new KbEntry(EntryKind.CAPITAL, name, code + "GOV", code, "GOV", null, null, false, false,
            0.6, null, t.source(), r.line());
        r.list(5).forEach(a -> addAlias(a, capital));
      }
    }

    void loadIgos(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String code = code(r, r.get(0));
        KbEntry e = new KbEntry(EntryKind.IGO, r.get(1), code, null, sector(r, r.get(3)), null, null, false, false,
            1.0, null, t.source(), r.line());
        entries.add(e);
        addAlias(r.get(1), e);
        r.list(2).forEach(a -> addAlias(a, e));
      }
    }

    void loadRoles(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String sector = sector(r, r.get(1));
        if (sector == null) {
          throw r.error("missing sector");
        }
        String title = r.get(2).isEmpty() ? null : r.get(2);
        String kind = r.get(3);
        if (!Set.of("person", "people", "body", "weapon").contains(kind)) {
          throw r.error("kind must be person, people, body or weapon, found '" + kind + "'");
        }
        String country = knownCountry(r, r.get(4), "country");
        String yields = r.get(7);
        if (!yields.isEmpty() && !yields.equals("yes")) {
          throw r.error("yields must be 'yes' or blank, found '" + yields + "'");
        }
        List<String> phrases = r.list(0);
        if (phrases.isEmpty()) {
          throw r.error("no phrases");
        }
        KbEntry e;
        if (country != null) {
          String code = code(r, r.get(5));
          if (!code.startsWith(country)) {
            throw r.error("institution code '" + code + "' does not start with its country " + country);
          }
          String name = r.get(6).isEmpty() ? phrases.get(0) : r.get(6);
          e = new KbEntry(EntryKind.INSTITUTION, name, code, country, sector, null, title, kind.equals("person"),
              false, 0.95, null, t.source(), r.line());
        } else {
          boolean people = kind.equals("person") || kind.equals("people");
          e = new KbEntry(EntryKind.ROLE, phrases.get(0), "---" + sector, null, sector, null, title,
              people, yields.equals("yes"), 0.4, null, t.source(), r.line(), kind.equals("weapon"));
        }
        entries.add(e);
        phrases.forEach(p -> addAlias(p, e));
      }
    }

    void loadPeople(TsvTable t) {
      Map<String, List<TsvTable.Row>> byName = new LinkedHashMap<>();
      for (TsvTable.Row r : t.rows()) {
        if (r.get(0).isEmpty()) {
          throw r.error("empty person name");
        }
        byName.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r);
      }
      for (Map.Entry<String, List<TsvTable.Row>> p : byName.entrySet()) {
        List<Tenure> tenures = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        String country = null;
        TsvTable.Row first = p.getValue().get(0);
        for (TsvTable.Row r : p.getValue()) {
          String c = knownCountry(r, r.get(2), "country");
          if (c == null) {
            throw r.error("missing country");
          }
          if (country != null && !country.equals(c)) {
            throw r.error("person " + p.getKey() + " has two countries: " + country + " and " + c);
          }
          country = c;
          String code = code(r, r.get(3));
          String title = r.get(4).isEmpty() ? null : r.get(4);
          LocalDate start = date(r, r.get(5), true);
          LocalDate end = date(r, r.get(6), false);
          if (start != null && end != null && end.isBefore(start)) {
            throw r.error("bad date: end " + end + " before start " + start);
          }
          tenures.add(new Tenure(code, title, start, end));
          aliases.addAll(r.list(1));
        }
        Tenure latest = tenures.get(tenures.size() - 1);
        KbEntry e = new KbEntry(EntryKind.PERSON, p.getKey(), latest.code(), country,
            latest.code().length() >= 6 ? latest.code().substring(3, 6) : null, null, latest.title(), true, false, 1.0,
            tenures, t.source(), first.line());
        entries.add(e);
        addAlias(p.getKey(), e);
        for (String a : aliases) {
          addAlias(a, e);
          addAlias(a, e);
        }
        for (String a : new ArrayList<>(aliases)) {
          String stripped = stripArticle(a);
          if (!stripped.equals(a)) {
            addAlias(stripped, e);
          }
        }
        String stripped = stripArticle(p.getKey());
        if (!stripped.equals(p.getKey())) {
          addAlias(stripped, e);
        }
      }
    }

    /** "Mohammed Shia al-Sudani" also matches "Mohammed Shia Sudani": drop "al-"/"el-" prefixes inside names. */
    private static String stripArticle(String name) {
      if (!name.contains("-")) {
        return name;
      }
      return ARTICLE.matcher(name).replaceAll("").trim();
    }

    private static LocalDate date(TsvTable.Row r, String s, boolean start) {
      if (s.isEmpty()) {
        return null;
      }
      PartialDate d;
      try {
        d = PartialDate.parse(s);
      } catch (IllegalArgumentException e) {
        throw r.error("bad date '" + s + "': " + e.getMessage());
      }
      if (d.year() == null) {
        throw r.error("bad date '" + s + "': the year is required");
      }
      if (d.month() == null) {
        return start ? LocalDate.of(d.year(), 1, 1) : LocalDate.of(d.year(), 12, 31);
      }
      if (d.day() == null) {
        YearMonth ym = YearMonth.of(d.year(), d.month());
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return d.toLocalDate().orElseThrow();
    }

    void loadGroups(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String code = code(r, r.get(0));
        String country = knownCountry(r, r.get(3), "country");
        String sector = sector(r, r.get(4));
        String affiliation = knownCountry(r, r.get(5), "affiliation");
        KbEntry e = new KbEntry(EntryKind.GROUP, r.get(1), code, country, sector, affiliation, null, false, false,
            1.0, null, t.source(), r.line());
        entries.add(e);
        addAlias(r.get(1), e);
        r.list(2).forEach(a -> addAlias(a, e));
        for (String a : r.list(2)) {
          String s = stripArticle(a);
          if (!s.equals(a) && !s.isBlank()) {
            addAlias(s, e);
          }
        }
      }
    }

    void loadGeneric(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String code = code(r, r.get(1));
        String sector = sector(r, r.get(2));
        double confidence;
        try {
          confidence = Double.parseDouble(r.get(4));
        } catch (NumberFormatException e) {
          throw r.error("confidence must be a number in 0..1, found '" + r.get(4) + "'");
        }
        if (confidence < 0 || confidence > 1) {
          throw r.error("confidence must be in 0..1, found " + confidence);
        }
        KbEntry e = new KbEntry(EntryKind.GENERIC, r.get(3), code, null, sector, null, null, false, false, confidence,
            null, t.source(), r.line());
        entries.add(e);
        r.list(0).forEach(p -> addAlias(p, e));
      }
    }
  }
}
