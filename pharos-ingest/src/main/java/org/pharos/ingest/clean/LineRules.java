package org.pharos.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vocabulary and shape rules that recognise one boilerplate line in isolation: share bars, teaser
 * links, comment prompts, photo credits, contact blocks, copyright and disclosure notices, newsletter
 * and cookie prompts, menus, language switchers, sign-offs and section headings. Position-dependent
 * rules live in {@link BoilerplateRemover}. Stateless and thread-safe.
 */
public final class LineRules {

  /** Reasons used in removed blocks. */
  public static final String NAVIGATION = "navigation";
  public static final String LANGUAGE = "language-switcher";
  public static final String SHARE = "share";
  public static final String TEASER = "teaser";
  public static final String COMMENT = "comment-prompt";
  public static final String RELATED = "related";
  public static final String PHOTO = "photo-credit";
  public static final String CONTACT = "contact";
  public static final String COPYRIGHT = "copyright";
  public static final String DISCLOSURE = "disclosure";
  public static final String NEWSLETTER = "newsletter";
  public static final String COOKIE = "cookie-banner";
  public static final String ARTEFACT = "artefact";
  public static final String SIGNATURE = "signature";
  public static final String SOURCE = "source-line";
  public static final String HEADER = "header";
  public static final String HEADLINE = "headline";
  public static final String SECTION_HEADING = "section-heading";
  public static final String END_MATTER = "end-matter";
  public static final String TAGS = "tags";

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A long run of base64 characters; kept only when it mixes digits, upper and lower case. */
  private static final Pattern BASE64_RUN =
      Pattern.compile("(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}+={0,2}(?![A-Za-z0-9+/=])");

  /** Inline scraper artefacts removed from inside a line. */
  private static final List<Pattern> INLINE_ARTEFACTS = List.of(
      Pattern.compile("\\bxr:d:[A-Za-z0-9_:,.\\-]+"),
      Pattern.compile("data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]+", CI),
      BASE64_RUN);
  private static final Pattern CODE = Pattern.compile(
      "(function\\s*\\(|\\bvar\\s+\\w+\\s*=|window\\.\\w+|document\\.\\w+\\(|\\{\\s*[\\w-]+\\s*:\\s*[^}]*;\\s*\\}"
          + "|^\\s*[{\\[]\\s*\"[@\\w]+\"\\s*:|</?[a-z]+[^>]*>)", CI);

  private static final Set<String> SOCIAL_WORDS = Set.of(
      "share", "shares", "shared", "tweet", "follow", "facebook", "twitter", "x", "whatsapp", "telegram",
      "linkedin", "reddit", "vk", "vkontakte", "pinterest", "email", "e-mail", "mail", "print", "copy",
      "link", "messenger", "viber", "instagram", "youtube", "tiktok", "rss", "mastodon", "bluesky",
      "threads", "flipboard", "pocket", "ok", "odnoklassniki", "line", "wechat", "weibo", "gab",
      "truth", "social", "us", "on", "this", "article", "story", "post", "page", "via", "the", "in",
      "our", "channel", "like", "and", "or", "to", "with", "friends", "save", "comments", "comment");
  private static final Set<String> SOCIAL_TRIGGERS = Set.of(
      "share", "shares", "shared", "tweet", "follow", "facebook", "twitter", "whatsapp", "telegram",
      "linkedin", "reddit", "vk", "vkontakte", "pinterest", "messenger", "viber", "instagram", "youtube",
      "tiktok", "mastodon", "bluesky", "flipboard", "odnoklassniki", "wechat", "weibo", "print");

  private static final Pattern TEASER_START = Pattern.compile(
      "^[\\s\\p{Punct}»›→▶►]*(read more|read also|also read|read next|read the full|more on this|see also"
          + "|related|recommended|continue reading|click here|watch|listen|must read|don'?t miss|more)"
          + "\\s*(?:[:|»›→>\\-–—]|$)", CI);
  private static final Pattern READ_MORE_TAIL = Pattern.compile(
      "(read more|continue reading|read the full (story|article))\\s*[»›→>.…]*$", CI);

  private static final Pattern COMMENT_PROMPT = Pattern.compile(
      "^(leave a (comment|reply)|post a comment|add (a )?comment|\\d+\\s+comments?|comments?\\s*(\\(\\d+\\))?"
          + "|join the (discussion|conversation)|be the first to comment|show comments|view comments"
          + "|load comments|no comments( yet)?|reply|cancel reply|what do you think\\??|have your say"
          + "|comment on this (article|story))\\s*[:.!]?$", CI);
  private static final Pattern COMMENT_ANYWHERE = Pattern.compile(
      "(your email address will not be published|you must be (logged|signed) in to (post a )?comment"
          + "|log in to (comment|reply)|comments are (closed|moderated)|required fields are marked)", CI);

  private static final Pattern RELATED_HEADING = Pattern.compile(
      "^(related( (posts?|articles?|stories|story|news|content|coverage|reading|links))?"
          + "|you (may|might) (also )?(like|enjoy|be interested in)|more (stories|news|articles|from [\\p{L} ]+|in [\\p{L} ]+)"
          + "|most (read|popular|viewed|shared)|popular( (posts|articles|stories|now|today))?|trending( now| stories)?"
          + "|recommended( (for you|stories|articles|reading))?|latest (news|stories|articles|posts)"
          + "|editor'?s picks|top stories|other news|in other news|further reading|also in [\\p{L} ]+"
          + "|previous (post|article)|next (post|article)|more like this|read next)\\s*[:.]?$", CI);

  private static final Pattern REFERENCES_HEADING = Pattern.compile(
      "^(references|notes|sources|footnotes|endnotes|bibliography|works cited|citations|notes and references"
          + "|sources and notes|literature)\\s*:?$", CI);

  private static final Pattern PHOTO_START = Pattern.compile(
      "^[(\\[]?\\s*(photo|photos|photograph|image|images|picture|pic|illustration|credit|credits|photo credit"
          + "|image credit|file photo|cover photo|featured image|main image|top image|video|source of (the )?(photo|image))"
          + "\\s*(by\\b|:|–|—|-|/|©|\\|)", CI);
  private static final Pattern PHOTO_AGENCY = Pattern.compile(
      "(getty images|shutterstock|/\\s?(reuters|afp|ap|epa|anadolu|xinhua|tass|sputnik|ria novosti|ap photo)\\b"
          + "|\\b(photo|image|picture)s?\\s*:|\\((photo|image|picture)[^)]*\\)\\s*$|©\\s*(reuters|afp|ap|epa))", CI);

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\(?\\d[\\d ().-]{7,}\\d(?![\\w])");
  private static final Pattern CONTACT_START = Pattern.compile(
      "^(tel|phone|telephone|fax|mobile|e-?mail|contact( us| information| details)?|address|postal address"
          + "|editorial (office|board)|newsroom|advertising|p\\.?\\s?o\\.?\\s?box|headquarters|office)\\b\\s*[:.]?", CI);
  private static final Pattern ADDRESS_WORDS = Pattern.compile(
      "\\b(street|st\\.|avenue|ave\\.?|road|rd\\.|suite|floor|building|blvd|boulevard|lane|square|plaza|zip|postcode)\\b",
      CI);

  private static final Pattern COPYRIGHT_PATTERN = Pattern.compile(
      "(©|\\(c\\)\\s*\\d{4}|^copyright\\b|\\bcopyright\\s+(©\\s*)?\\d{4}|all rights reserved|all materials are protected"
          + "|may not be (reproduced|republished|redistributed|rewritten)|reproduction (of|in whole|without)"
          + "|reprint(ing)? (is )?(permitted|prohibited)|^(terms (of use|and conditions|of service)|privacy policy)\\b)",
      CI);
  private static final Pattern DISCLOSURE_PATTERN = Pattern.compile(
      "(^(disclaimer|disclosure|editorial disclosure|affiliate disclosure|editor'?s note)\\s*:?|^notes?\\s*:\\s*\\S"
          + "|the (views|opinions) (and opinions )?expressed (in this (article|piece|column) )?(are|do not)"
          + "|does not necessarily reflect the (views|position|editorial)|this (article|story) contains affiliate links)",
      CI);

  private static final Pattern NEWSLETTER_START = Pattern.compile(
      "^(subscribe|sign up|signup|get (our|the) (latest|daily|weekly|free)|enter your e-?mail|join (our|us on)"
          + "|support (us|our (work|journalism|reporting))|donate|become a (member|patron|supporter|subscriber))\\b", CI);
  private static final Pattern NEWSLETTER_ANYWHERE = Pattern.compile(
      "(newsletter|straight to your inbox|to your inbox|mailing list|patreon|buy me a coffee|donate now)", CI);

  private static final Pattern COOKIE_PATTERN = Pattern.compile(
      "(\\bcookies?\\b.*\\b(use|uses|using|accept|consent|policy|settings|preferences|experience)\\b"
          + "|\\b(we use|this (site|website) uses|by (continuing|using)).*\\bcookies?\\b"
          + "|^(accept( all)?( cookies)?|reject( all)?|manage (preferences|cookies|settings)|got it|i agree|allow all)$)",
      CI);

  private static final Pattern NAV_VOCAB = Pattern.compile(
      "^(home|menu|main menu|search|skip to (main )?content|skip navigation|log ?in|sign ?in|log ?out|register"
          + "|toggle navigation|open menu|close( menu)?|back to top|go to top|top|next|previous|prev|older posts"
          + "|newer posts|page \\d+( of \\d+)?|load more|show more|more|print|about( us)?|advertise|contacts?"
          + "|archives?|categories|sections|all (news|sections)|breaking news|latest|live|listen|video|videos"
          + "|photos?|podcasts?|opinion|editorial|sitemap|faq|rss|subscribe)\\s*[:»›>|]?$", CI);
  private static final Pattern TAGS_LINE = Pattern.compile("^(tags|tagged|topics|keywords|filed under|categories|category)\\s*:\\s*\\S", CI);
  private static final Pattern MENU_SEPARATORS = Pattern.compile("\\s*(\\||•|·|»|›|>|/|\\t| {3,})\\s*");

  private static final Set<String> LANGUAGE_NAMES = Set.of(
      "english", "русский", "français", "francais", "deutsch", "español", "espanol", "العربية", "عربي",
      "فارسی", "中文", "türkçe", "turkce", "italiano", "português", "portugues", "日本語", "kurdî", "کوردی",
      "українська", "polski", "nederlands", "svenska", "한국어", "עברית", "हिन्दी", "اردو", "bahasa",
      "srpski", "српски", "български", "ελληνικά", "română", "magyar", "čeština", "suomi", "dansk", "norsk",
      "arabic", "russian", "french", "german", "spanish", "persian", "farsi", "chinese", "turkish",
      "kurdish", "italian", "portuguese");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("^[A-Z]{2}$");

  private static final Pattern EXCLUSIVELY_FOR = Pattern.compile(
      "\\b(exclusively|especially|specially|written) for (the )?(online )?(magazine|journal|newspaper|website|portal"
          + "|outlet|publication|edition|news agency)?\\s*[“\"«„']([^”\"»“']{2,80})[”\"»“']", CI);
  private static final Pattern SOURCE_LINE = Pattern.compile("^(source|sources|originally published (by|in|at)|first published (by|in|at)"
      + "|republished from|this article (was|first) (originally )?(appeared|published) (in|on|at))\\s*:?\\s*\\S", CI);

  private LineRules() {}

  /** Result of removing inline artefacts: the cleaned line and the removed pieces. */
  public record InlineCleaning(String line, List<String> removed) {
    public InlineCleaning {
      removed = List.copyOf(removed);
    }
  }

  /** Removes scraper artefacts ({@code xr:d:…} tokens, base64 blobs) from inside a line. */
  public static InlineCleaning removeInlineArtefacts(String line) {
    String s = line;
    java.util.ArrayList<String> removed = new java.util.ArrayList<>();
    for (Pattern p : INLINE_ARTEFACTS) {
      Matcher m = p.matcher(s);
      StringBuilder sb = new StringBuilder();
      boolean any = false;
      while (m.find()) {
        if (p == BASE64_RUN && !mixesDigitsAndCases(m.group())) {
          continue;
        }
        any = true;
        removed.add(m.group());
        m.appendReplacement(sb, "");
      }
      if (any) {
        m.appendTail(sb);
        s = LineShapes.normalizeLine(sb.toString());
      }
    }
    return new InlineCleaning(s, removed);
  }

  /**
   * The boilerplate reason for a line judged on its own, or empty when the line may be body text.
   *
   * @param line a whitespace-normalized line
   */
  public static Optional<String> reasonFor(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int words = LineShapes.wordCount(s);
    String lower = s.toLowerCase(Locale.ROOT);
    if (isArtefact(s)) {
      return Optional.of(ARTEFACT);
    }
    if (words <= 60 && COOKIE_PATTERN.matcher(s).find()) {
      return Optional.of(COOKIE);
    }
    if (words <= 40 && EXCLUSIVELY_FOR.matcher(s).find()) {
      return Optional.of(SIGNATURE);
    }
    if (words <= 40 && COPYRIGHT_PATTERN.matcher(s).find()) {
      return Optional.of(COPYRIGHT);
    }
    if (words <= 60 && DISCLOSURE_PATTERN.matcher(s).find()) {
      return Optional.of(DISCLOSURE);
    }
    if (words <= 40 && COMMENT_ANYWHERE.matcher(s).find() || words <= 8 && COMMENT_PROMPT.matcher(s).matches()) {
      return Optional.of(COMMENT);
    }
    if (words <= 8 && RELATED_HEADING.matcher(s).matches()) {
      return Optional.of(RELATED);
    }
    if (words <= 40 && TEASER_START.matcher(s).find() && !RELATED_HEADING.matcher(s).matches()) {
      return Optional.of(TEASER);
    }
    if (words <= 40 && READ_MORE_TAIL.matcher(s).find()) {
      return Optional.of(TEASER);
    }
    if (isShareLine(lower, words)) {
      return Optional.of(SHARE);
    }
    if (words <= 25 && PHOTO_START.matcher(s).find() || words <= 14 && PHOTO_AGENCY.matcher(s).find()) {
      return Optional.of(PHOTO);
    }
    if (isContact(s, words)) {
      return Optional.of(CONTACT);
    }
    if ((words <= 20 && NEWSLETTER_START.matcher(s).find()) || (words <= 25 && NEWSLETTER_ANYWHERE.matcher(s).find())) {
      return Optional.of(NEWSLETTER);
    }
    if (words <= 12 && SOURCE_LINE.matcher(s).find() && !REFERENCES_HEADING.matcher(s).matches()) {
      return Optional.of(SOURCE);
    }
    if (words <= 30 && TAGS_LINE.matcher(s).find()) {
      return Optional.of(TAGS);
    }
    if (isLanguageSwitcher(s)) {
      return Optional.of(LANGUAGE);
    }
    if (words <= 5 && NAV_VOCAB.matcher(s).matches()) {
      return Optional.of(NAVIGATION);
    }
    if (isSeparatedMenu(s)) {
      return Optional.of(NAVIGATION);
    }
    return Optional.empty();
  }

  /** A heading that opens a reference list ("References", "Notes", "Sources"). */
  public static boolean isReferencesHeading(String line) {
    return REFERENCES_HEADING.matcher(line.strip()).matches();
  }

  /** A heading that opens a list of related stories ("Related posts", "You may also like"). */
  public static boolean isRelatedHeading(String line) {
    return LineShapes.wordCount(line) <= 8 && RELATED_HEADING.matcher(line.strip()).matches();
  }

  /** The outlet named in a sign-off such as "…exclusively for the online magazine “X”", if any. */
  public static Optional<String> exclusivelyForOutlet(String line) {
    Matcher m = EXCLUSIVELY_FOR.matcher(line);
    return m.find() ? Optional.of(m.group(5).strip()) : Optional.empty();
  }

  static boolean isArtefact(String s) {
    if (s.contains("xr:d:") || s.contains(";base64,") || s.length() >= 40 && BASE64_RUN.matcher(s).find()) {
      InlineCleaning c = removeInlineArtefacts(s);
      if (!c.removed().isEmpty() && LineShapes.wordCount(c.line()) < 3) {
        return true;
      }
    }
    if (CODE.matcher(s).find() && !LineShapes.isProse(s.replaceAll("<[^>]*>", " "))) {
      return true;
    }
    int letters = 0;
    int others = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!Character.isWhitespace(c) && !Character.isDigit(c)) {
        others++;
      }
    }
    // separator rules (=====, ----) and symbol soup
    if (s.length() >= 3 && letters == 0 && others >= 3 && !s.matches(".*\\d.*")) {
      return true;
    }
    return s.length() >= 20 && letters < 0.3 * s.length() && others > letters;
  }

  private static boolean mixesDigitsAndCases(String token) {
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      digit |= c >= '0' && c <= '9';
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
    }
    return digit && upper && lower;
  }

  private static boolean isShareLine(String lower, int words) {
    if (words > 12) {
      return false;
    }
    String[] tokens = lower.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
    boolean trigger = false;
    int counted = 0;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.matches("\\d+([.,]\\d+)?k?")) {
        continue; // share counts
      }
      if (!SOCIAL_WORDS.contains(t)) {
        return false;
      }
      counted++;
      trigger |= SOCIAL_TRIGGERS.contains(t);
    }
    return trigger && counted > 0;
  }

  private static boolean isContact(String s, int words) {
    if (words <= 15 && CONTACT_START.matcher(s).find() && !LineShapes.isProse(s)) {
      return true;
    }
    Matcher email = EMAIL.matcher(s);
    if (email.find() && words <= 12 && !LineShapes.endsSentence(s)) {
      return true;
    }
    Matcher phone = PHONE.matcher(s);
    if (phone.find() && words <= 10 && !LineShapes.endsSentence(s) && phone.group().replaceAll("\\D", "").length() >= 7
        && isNotADate(phone.group())) {
      return true;
    }
    return words <= 12 && !LineShapes.endsSentence(s) && ADDRESS_WORDS.matcher(s).find() && s.matches(".*\\d.*")
        && s.contains(",");
  }

  /** Phone-number shaped strings that are really dates or years ranges are not phone numbers. */
  private static boolean isNotADate(String candidate) {
    return org.pharos.ingest.meta.DateParser.find(candidate, null).isEmpty();
  }

  private static boolean isLanguageSwitcher(String s) {
    String[] tokens = s.split("[\\s|/•·,]+");
    int languages = 0;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (LANGUAGE_NAMES.contains(t.toLowerCase(Locale.ROOT)) || LANGUAGE_CODE.matcher(t).matches()) {
        languages++;
      } else {
        return false;
      }
    }
    return languages >= 2;
  }

  /** "Home | World | Middle East | Opinion" or "Home > World > Iraq": short items between separators. */
  private static boolean isSeparatedMenu(String s) {
    String[] items = MENU_SEPARATORS.split(s);
    if (items.length < 3) {
      return false;
    }
    int nonEmpty = 0;
    for (String item : items) {
      String t = item.strip();
      if (t.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (LineShapes.wordCount(t) > 4 || LineShapes.endsSentence(t)) {
        return false;
      }
    }
    return nonEmpty >= 3;
  }
}
