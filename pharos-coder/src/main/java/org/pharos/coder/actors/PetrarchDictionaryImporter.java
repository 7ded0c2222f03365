package org.pharos.coder.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports PETRARCH/Phoenix actor and agent dictionaries (the formats of petrarch2's
 * {@code dictionaries.rst}) into an {@link ActorKnowledgeBase} that can be merged with ours:
 *
 * <ul>
 *   <li>actors ({@code *.actors.txt}): an entity line {@code PHRASE [CODE]}, {@code +SYNONYM} lines,
 *       and tab-indented dated codes {@code [CODE YYMMDD-YYMMDD]}, {@code [CODE >YYMMDD]}, {@code
 *       [CODE <YYMMDD]}; entities with dated codes become people with tenures;
 *   <li>agents ({@code *agents*.txt}): {@code PHRASE {plurals} [~CODE]} role words (or {@code [CODE~]}),
 *       {@code !SET! = A, B} substitution sets, regular plurals generated.
 * </ul>
 *
 * In a directory, files whose name contains "Validate" (PETRARCH's fictitious test-suite dictionaries)
 * are left out; pass such a file explicitly to read it. Lines that cannot be read are reported in {@link ActorKnowledgeBase#notes()} (file and line), never
 * fatal. Usage: {@code ActorKnowledgeBase.loadDefault().merge(PetrarchDictionaryImporter.load(dir))}.
 * Stateless and thread-safe.
 */
public final class PetrarchDictionaryImporter {
  private static final Pattern CODE_BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern SUBST = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.*)$");
  private static final Set<String> PARTICLES = Set.of("al", "el", "of", "the", "and", "bin", "ibn", "de", "la", "le", "du", "for", "in", "on", "to", "van", "von", "der");
  private static final int MAX_REPORTED = 20;

  private PetrarchDictionaryImporter() {}

  /** Reads one dictionary file, or every {@code *.actors.txt} and {@code *agents*.txt} file in a directory. */
  public static ActorKnowledgeBase load(Path dirOrFile) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dirOrFile)) {
      try (Stream<Path> s = Files.list(dirOrFile)) {
        s.filter(p -> {
          String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
          return !n.contains("validate") && (n.endsWith(".actors.txt") || n.contains("agents") && n.endsWith(".txt"));
        }).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new ActorDictionaryException(dirOrFile.toString(), 0, "cannot list directory: " + e.getMessage(), e);
      }
      if (files.isEmpty()) {
        throw new ActorDictionaryException(dirOrFile.toString(), 0, "no *.actors.txt or *agents*.txt files");
      }
    } else if (Files.isRegularFile(dirOrFile)) {
      files.add(dirOrFile);
    } else {
      throw new ActorDictionaryException(dirOrFile.toString(), 0, "no such file or directory");
    }
    ActorKnowledgeBase.Builder b = new ActorKnowledgeBase.Builder(false);
    List<String> warnings = new ArrayList<>();
    for (Path f : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        try {
          lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
        } catch (IOException e2) {
          throw new ActorDictionaryException(f.toString(), 0, "cannot read: " + e2.getMessage(), e2);
        }
      }
      int entriesBefore = b.entries.size();
      int aliasesBefore = b.added;
      int skippedBefore = b.skipped;
      int warningsBefore = warnings.size();
      if (f.getFileName().toString().toLowerCase(Locale.ROOT).contains("agents")) {
        readAgents(f.toString(), lines, b, warnings);
      } else {
        readActors(f.toString(), lines, b, warnings);
      }
      b.notes.add(f + ": " + (b.entries.size() - entriesBefore) + " entries, " + (b.added - aliasesBefore)
          + " aliases, " + (b.skipped - skippedBefore) + " conflicting aliases skipped, "
          + (warnings.size() - warningsBefore) + " unreadable lines");
    }
    warnings.stream().limit(MAX_REPORTED).forEach(b.notes::add);
    if (warnings.size() > MAX_REPORTED) {
      b.notes.add("… and " + (warnings.size() - MAX_REPORTED) + " more unreadable lines");
    }
    return b.build();
  }

  private static String stripComment(String line) {
    String s = line.replaceAll("<!--.*?-->", "");
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    int semi = s.indexOf(';');
    if (semi >= 0) {
      s = s.substring(0, semi);
    }
    return s;
  }

  /** An entity being read: phrases and codes. */
  private static final class Block {
    final List<String> phrases = new ArrayList<>();
    final List<Tenure> codes = new ArrayList<>();
    int line;
    boolean blankBefore;
  }

  static void readActors(String source, List<String> lines, ActorKnowledgeBase.Builder b, List<String> warnings) {
    Block current = null;
    Block previousWithCodes = null;
    boolean blankSince = true;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String raw = lines.get(i);
      String line = stripComment(raw);
      if (line.isBlank()) {
        blankSince = true;
        continue;
      }
      String t = line.trim();
      if (t.startsWith("+")) {
        if (current == null) {
          warnings.add(source + ":" + lineNo + ": synonym without an entity");
        } else {
          current.phrases.add(t.substring(1));
        }
        continue;
      }
      if (t.startsWith("[")) {
        if (current == null) {
          warnings.add(source + ":" + lineNo + ": code without an entity");
        } else {
          parseCodes(source, lineNo, t, current, warnings);
        }
        continue;
      }
      // a new entity: close the previous one
      if (current != null) {
        previousWithCodes = finish(source, current, previousWithCodes, b, warnings);
      }
      current = new Block();
      current.line = lineNo;
      current.blankBefore = blankSince;
      blankSince = false;
      int bracket = t.indexOf('[');
      String phrase = bracket >= 0 ? t.substring(0, bracket) : t;
      current.phrases.add(phrase.trim());
      if (bracket >= 0) {
        parseCodes(source, lineNo, t.substring(bracket), current, warnings);
      }
    }
    if (current != null) {
      finish(source, current, previousWithCodes, b, warnings);
    }
  }

  private static Block finish(String source, Block block, Block previous, ActorKnowledgeBase.Builder b,
      List<String> warnings) {
    if (block.codes.isEmpty()) {
      if (previous != null && !block.blankBefore) {
        previous.phrases.addAll(block.phrases); // "UN_ [IGOUNO]" then "U.N._": a synonym line without "+"
        addEntity(source, previous, b, true);
        return previous;
      }
      warnings.add(source + ":" + block.line + ": entity '" + block.phrases.get(0).trim() + "' has no code");
      return null;
    }
    addEntity(source, block, b, false);
    return block;
  }

  private static void addEntity(String source, Block block, ActorKnowledgeBase.Builder b, boolean again) {
    String name = words(block.phrases.get(0));
    if (name.isEmpty()) {
      return;
    }
    boolean dated = block.codes.stream().anyMatch(c -> c.start() != null || c.end() != null);
    Tenure main = block.codes.get(block.codes.size() - 1);
    for (Tenure c : block.codes) {
      if (c.start() == null && c.end() == null) {
        main = c;
      }
    }
    String code = main.code();
    String primary = code.length() >= 3 ? code.substring(0, 3) : code;
    boolean iso = ActorKnowledgeBase.isIso3(primary);
    EntryKind kind;
    if (dated) {
      kind = EntryKind.PERSON;
    } else if (iso && code.length() == 3) {
      kind = EntryKind.COUNTRY;
    } else if (primary.equals("IGO") || primary.equals("NGO")) {
      kind = EntryKind.IGO;
    } else {
      kind = EntryKind.GROUP;
    }
    String sector = iso && code.length() >= 6 ? code.substring(3, 6) : null;
    KbEntry e = new KbEntry(kind, name, code, iso ? primary : null, sector, null, null, kind == EntryKind.PERSON, false,
        kind == EntryKind.PERSON ? 0.9 : 0.8, dated ? block.codes : null, source, block.line);
    if (!again) {
      b.entries.add(e);
    }
    for (String p : block.phrases) {
      addPhrase(p, e, b, false);
    }
  }

  private static void parseCodes(String source, int lineNo, String text, Block block, List<String> warnings) {
    Matcher m = CODE_BLOCK.matcher(text);
    while (m.find()) {
      String[] parts = m.group(1).trim().split("\\s+", 2);
      String code = parts[0].replace("~", "");
      if (code.isEmpty() || code.equals("---") || !code.matches("[A-Z0-9-]+")) {
        if (!code.equals("---")) {
          warnings.add(source + ":" + lineNo + ": bad code '" + m.group(1) + "'");
        }
        continue;
      }
      if (code.length() < 3) {
        warnings.add(source + ":" + lineNo + ": bad code '" + m.group(1) + "'");
        continue;
      }
      LocalDate start = null;
      LocalDate end = null;
      if (parts.length > 1) {
        String r = parts[1].trim();
        try {
          if (r.startsWith(">")) {
            start = date(r.substring(1).trim());
          } else if (r.startsWith("<")) {
            end = date(r.substring(1).trim());
          } else {
            String[] se = r.split("-");
            if (se.length != 2) {
              throw new IllegalArgumentException("expected DATE-DATE");
            }
            start = date(se[0].trim());
            end = date(se[1].trim());
          }
        } catch (RuntimeException e) {
          warnings.add(source + ":" + lineNo + ": bad date restriction '" + r + "': " + e.getMessage());
          continue;
        }
      }
      if (code.equals("ELI") && !block.codes.isEmpty()) {
        code = block.codes.get(0).code().substring(0, 3) + "ELI";
      }
      block.codes.add(new Tenure(code, null, start, end));
    }
  }

  /** YYMMDD (years before 40 are 20YY) or YYYYMMDD. */
  static LocalDate date(String s) {
    if (s.matches("\\d{8}")) {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
    }
    if (s.matches("\\d{6}")) {
      int yy = Integer.parseInt(s.substring(0, 2));
      return LocalDate.of(yy < 40 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
    }
    throw new IllegalArgumentException("not YYMMDD or YYYYMMDD: " + s);
  }

  /** PETRARCH phrase → words separated by spaces, parenthesised acronyms and stray punctuation dropped. */
  private static String words(String phrase) {
    String s = phrase.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replaceAll("[{}+]", " ").trim();
    return s.replaceAll("\\s+", " ");
  }

  /** Adds a PETRARCH all-capitals phrase with case rules: acronyms exact, names capitalized, particles any. */
  private static void addPhrase(String phrase, KbEntry e, ActorKnowledgeBase.Builder b, boolean role) {
    String w = words(phrase);
    if (w.isEmpty()) {
      return;
    }
    List<ActorText.Piece> pieces = ActorText.phrasePieces(w);
    if (pieces.isEmpty()) {
      return;
    }
    List<ActorText.Piece> out = new ArrayList<>();
    List<ActorText.CaseRule> rules = new ArrayList<>();
    boolean acronym = !role && pieces.size() == 1 && pieces.get(0).original().length() <= 4;
    for (ActorText.Piece p : pieces) {
      String key = p.key();
      if (role || PARTICLES.contains(key)) {
        out.add(new ActorText.Piece(key, key));
        rules.add(ActorText.CaseRule.ANY);
      } else if (acronym) {
        out.add(new ActorText.Piece(key, key.toUpperCase(Locale.ROOT)));
        rules.add(ActorText.CaseRule.EXACT);
      } else {
        out.add(new ActorText.Piece(key, Character.toUpperCase(key.charAt(0)) + key.substring(1)));
        rules.add(ActorText.CaseRule.CAPITALIZED);
      }
    }
    b.addAliasObject(new PhraseTrie.Alias(List.copyOf(out), List.copyOf(rules), e), true);
  }

  static void readAgents(String source, List<String> lines, ActorKnowledgeBase.Builder b, List<String> warnings) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = stripComment(lines.get(i)).trim();
      if (line.isEmpty()) {
        continue;
      }
      Matcher sm = SUBST.matcher(line);
      if (sm.matches()) {
        List<String> items = new ArrayList<>();
        for (String it : sm.group(2).split(",")) {
          if (!it.isBlank()) {
            items.add(it.trim());
          }
        }
        sets.put(sm.group(1), items);
        continue;
      }
      int bracket = line.indexOf('[');
      if (bracket < 0) {
        warnings.add(source + ":" + lineNo + ": agent without a [code]");
        continue;
      }
      int close = line.indexOf(']', bracket);
      if (close < 0) {
        close = line.indexOf('}', bracket); // "[~LEG}" typo in the PETRARCH docs
      }
      if (close < 0) {
        warnings.add(source + ":" + lineNo + ": unclosed [code]");
        continue;
      }
      String code = line.substring(bracket + 1, close).trim();
      boolean suffix = code.startsWith("~");
      String agent = code.replace("~", "");
      if (!agent.matches("[A-Z]{3}([A-Z]{3})*")) {
        warnings.add(source + ":" + lineNo + ": bad agent code '" + code + "'");
        continue;
      }
      String head = line.substring(0, bracket).trim();
      List<String> plurals = null;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int braceEnd = head.indexOf('}', brace);
        String inside = braceEnd < 0 ? head.substring(brace + 1) : head.substring(brace + 1, braceEnd);
        plurals = new ArrayList<>(List.of(inside.trim().isEmpty() ? new String[0] : inside.trim().split("\\s+")));
        head = head.substring(0, brace).trim();
      }
      List<String> forms = expand(head, sets);
      String sector = agent.substring(0, 3);
      KbEntry e = new KbEntry(EntryKind.ROLE, words(forms.get(0)).toLowerCase(Locale.ROOT), suffix ? "---" + agent : agent,
          null, sector, null, null, false, false, 0.4, null, source, lineNo);
      b.entries.add(e);
      for (String f : forms) {
        addPhrase(f, e, b, true);
        if (plurals == null && !head.contains("!")) {
          addPhrase(plural(words(f)), e, b, true);
        }
      }
      if (plurals != null) {
        for (String p : plurals) {
          addPhrase(p, e, b, true);
        }
      }
    }
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets) {
    List<String> out = new ArrayList<>(List.of(phrase));
    for (Map.Entry<String, List<String>> s : sets.entrySet()) {
      List<String> next = new ArrayList<>();
      for (String p : out) {
        if (p.contains(s.getKey())) {
          for (String item : s.getValue()) {
            next.add(p.replace(s.getKey(), item));
          }
        } else {
          next.add(p);
        }
      }
      out = next;
    }
    return out;
  }

  /** Regular English plural of the last word, as PETRARCH generates it. */
  static String plural(String phrase) {
    String p = phrase.trim();
    String upper = p.toUpperCase(Locale.ROOT);
    if (upper.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(upper.charAt(upper.length() - 2)) < 0) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    if (upper.endsWith("SS") || upper.endsWith("SH") || upper.endsWith("CH") || upper.endsWith("X")) {
      return p + "ES";
    }
    return p + "S";
  }
}
