package dev.luoshi.outline;

import dev.luoshi.rules.RuleFile;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts the title of a numbered point out of the text that follows its marker. */
final class TitleCutter {
  /** A clause longer than this may be a heading that lost its line break. */
  private static final int RUN_ON_MIN = 10;

  /** A sentence up to this long after a marker inside a paragraph is a slogan: a heading whole. */
  private static final int SLOGAN_MAX = 20;

  /** The body left after a cut has at least this many characters. */
  private static final int MIN_BODY = 2;

  /** A heading's topic is restated within this many characters of its start, if at all. */
  private static final int RESTATE_WITHIN = 80;

  /** A repeated stretch this long marks where the body restates the heading's topic. */
  private static final int RESTATED = 4;

  /** What must follow a cut: a heading noun is not the end of the heading before these. */
  private static final String CONTINUES = "的之和与及、或并者组队站室会员量日";

  private final List<String> headNouns;
  private final List<String> headPrefixes;
  private final List<String> bodyStarters;

  private TitleCutter(
      List<String> headNouns, List<String> headPrefixes, List<String> bodyStarters) {
    this.headNouns = List.copyOf(headNouns);
    this.headPrefixes = List.copyOf(headPrefixes);
    this.bodyStarters = List.copyOf(bodyStarters);
  }

  /** The cutter with {@code heading-words.txt}. */
  static TitleCutter builtIn() {
    RuleFile f = RuleFile.load(TitleCutter.class, "heading-words.txt");
    return new TitleCutter(
        f.required("nouns"), f.required("prefixes"), f.required("body-starters"));
  }

  /**
   * Where the body begins by restating the heading's topic (关于农村人居环境整治农村人居环境好不好): the first place
   * from which {@value #RESTATED} characters already stood earlier in the clause; -1 when none
   * does.
   */
  private static int restatement(String text, int start, int clauseEnd) {
    int limit = Math.min(clauseEnd, start + RESTATE_WITHIN);
    for (int k = start + RESTATED; k + RESTATED <= limit; k++) {
      String piece = text.substring(k, k + RESTATED);
      int first = text.indexOf(piece, start);
      if (first >= 0 && first + RESTATED <= k) {
        return k;
      }
    }
    return -1;
  }

  /** The [start, end) of the title of the point numbered by the marker. */
  int[] cut(String text, Marker m) {
    int start = m.end();
    int n = text.length();
    while (start < n && isPad(text.charAt(start))) {
      start++;
    }
    boolean wholeSentence =
        m.lineStart() && !(m.family().inline() && seriesRunsOn(text, start))
            || m.family().inline() && afterFullStop(text, m) && slogan(text, start);
    int end = start;
    while (end < n && !stops(text.charAt(end), wholeSentence)) {
      end++;
    }
    if (m.lineStart() && end < n && "！？!?".indexOf(text.charAt(end)) >= 0) {
      end = questionsLine(text, end);
    }
    while (end > start && isPad(text.charAt(end - 1))) {
      end--;
    }
    if (!m.lineStart() && m.family().chapterLike() || startsWithPrefix(text, start)) {
      end = runOn(text, start, end);
    }
    return new int[] {start, beforeOpenBracket(text, start, end)};
  }

  /**
   * The end of a title that stops inside a bracket (…四省市县各界人民代表会议（县…会议开会之前…，): before the bracket
   * left open, so no title ends on half a remark.
   */
  private static int beforeOpenBracket(String text, int start, int end) {
    int open = -1;
    int depth = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '（' || c == '(') {
        if (depth++ == 0) {
          open = k;
        }
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
    }
    if (depth == 0 || open <= start) {
      return end;
    }
    int cut = open;
    while (cut > start && isPad(text.charAt(cut - 1))) {
      cut--;
    }
    return cut > start ? cut : end;
  }

  /**
   * Whether the sentence of an enumeration marker that opens a line runs on into the next points of
   * its series, cut only by ； before each (一是抓好…，明年6月底前完成…；二是加强…；三是…。): each point is titled as one
   * inside a paragraph is, by its first clause, and the first does not swallow the others.
   */
  private static boolean seriesRunsOn(String text, int start) {
    for (int k = start; k < text.length(); k++) {
      switch (text.charAt(k)) {
        case '。', '！', '？', '!', '?', '\n', '\r':
          return false;
        case '；', ';':
          if (NEXT_POINT.matcher(text).region(k + 1, text.length()).lookingAt()) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /** The opening of the series' next point after a ； (二是, 三要, 第二，…); not any clause (…；从中央城市突破). */
  private static final Pattern NEXT_POINT =
      Pattern.compile("[ \u3000]*(?:[一二三四五六七八九十]{1,2}(?:是|要|个是)|第[一二三四五六七八九十]{1,2}[，、,])");

  /**
   * Whether an enumeration marker (一是, 第一，) at the start of a sentence inside a paragraph heads a
   * short sentence of its own with no modal in it (…。一是坚持标准，强化考核。): such a sentence is a heading
   * whole, as one on a line of its own is. A longer sentence goes on into what the point says, and
   * one with a modal directs (二是要落实…，年内…。): the title of either is its first clause.
   */
  private static boolean slogan(String text, int start) {
    int limit = Math.min(text.length(), start + SLOGAN_MAX + 1);
    for (int k = start; k < limit; k++) {
      switch (text.charAt(k)) {
        case '。', '！':
          return k > start;
        case '？', '；', ';', '：', ':', '\n', '\r', '须', '应':
          return false; // a modal makes the sentence a directive, not a slogan
        case '要':
          if (isModal(text, k)) {
            return false;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /** Whether the 要 at {@code k} is the modal, not part of a noun (要求, 重要, 主要, 需要 …). */
  private static boolean isModal(String text, int k) {
    if (k + 1 < text.length() && "求素点件".indexOf(text.charAt(k + 1)) >= 0) {
      return false;
    }
    return k == 0 || "重主需必只首".indexOf(text.charAt(k - 1)) < 0;
  }

  /** Whether the marker follows a full stop (。！？) or a photo credit, not a ； or ，. */
  private static boolean afterFullStop(String text, Marker m) {
    return "。！？".indexOf(MarkerScanner.markBefore(text, 0, m.start())) >= 0;
  }

  private static boolean stops(char c, boolean lineStart) {
    switch (c) {
      case '。', '！', '？', '：', ':', '!', '?', '\n', '\r':
        return true;
      case '，', ',', '；', ';':
        return !lineStart;
      default:
        return false;
    }
  }

  /**
   * Where the title of a line-opening point that stopped at the ！ or ？ at {@code at} ends: the
   * line's end, marks included, when the line holds no 。 or ： after it (一、我们为什么要学？为什么要学他们？ is one
   * heading of questions, as the guideline cuts a heading only at 。, ： or a line break); else right
   * there (a paragraph that asks and goes on: 第一点，…你怎么老把机会留给他们呢？很多基层干部…。).
   */
  private static int questionsLine(String text, int at) {
    int k = at;
    while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
      if ("。：:".indexOf(text.charAt(k)) >= 0) {
        return at;
      }
      k++;
    }
    while (k > at && isPad(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static boolean isPad(char c) {
    return MarkerScanner.isFurniture(c);
  }

  private boolean startsWithPrefix(String text, int start) {
    for (String p : headPrefixes) {
      if (text.startsWith(p, start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the first clause is long, the heading may run straight into the body: end it after the
   * earliest head noun that leaves a clause of its own behind.
   */
  private int runOn(String text, int start, int end) {
    int clauseEnd = start;
    while (clauseEnd < end && "，,；;".indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    if (clauseEnd - start <= RUN_ON_MIN) {
      return end;
    }
    int best = restatement(text, start, clauseEnd);
    for (String starter : bodyStarters) {
      int at = text.indexOf(starter, start + 4);
      if (at > 0 && at < clauseEnd - MIN_BODY && (best < 0 || at < best)) {
        best = at;
      }
    }
    if (best >= 0) {
      return best;
    }
    for (String noun : headNouns) {
      for (int at = text.indexOf(noun, start);
          at >= 0 && at + noun.length() <= clauseEnd - MIN_BODY;
          at = text.indexOf(noun, at + 1)) {
        int cut = at + noun.length();
        if (at - start >= 2 && CONTINUES.indexOf(text.charAt(cut)) < 0) {
          if (best < 0 || cut < best) {
            best = cut;
          }
          break;
        }
      }
    }
    if (best < 0) {
      return end;
    }
    for (boolean more = true; more; ) {
      more = false;
      for (String noun : headNouns) {
        int after = best + noun.length();
        // the clause may end with the noun (关于…建设工作): a head noun alone leaves no body behind
        if (text.startsWith(noun, best) && (after <= clauseEnd - MIN_BODY || after == clauseEnd)) {
          best = after;
          more = true;
        }
      }
    }
    return best;
  }
}
