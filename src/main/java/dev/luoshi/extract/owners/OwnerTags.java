package dev.luoshi.extract.owners;

import dev.luoshi.extract.owners.Coordination.Named;
import dev.luoshi.extract.owners.Coordination.Piece;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owner tags: a bracket that only assigns the task before it, such as （X负责）, （X牵头，Y、Z配合）, （X会同Y负责）
 * or （牵头单位：X；配合单位：Y）. Read by characters, since a tag is short and formulaic. Immutable.
 */
public final class OwnerTags {
  /** Opening brackets; a bracket closes with the character at the same index of {@link #CLOSE}. */
  public static final String OPEN = "（([〔【";

  /** Closing brackets. */
  static final String CLOSE = "）)]〕】";

  private final OwnerRules rules;

  OwnerTags(OwnerRules rules) {
    this.rules = rules;
  }

  /** Index of the bracket that closes the one at {@code open}, or -1. */
  public static int matchingClose(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (OPEN.indexOf(s.charAt(i)) >= 0) {
        depth++;
      } else if (CLOSE.indexOf(s.charAt(i)) >= 0) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Index of the last opening bracket that nothing in {@code s} closes (the one {@link
   * #matchingClose} gives -1 for), or -1; one pass over the text.
   */
  public static int lastUnclosed(String s) {
    int[] open = new int[8];
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (OPEN.indexOf(c) >= 0) {
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = i;
      } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
    }
    return depth == 0 ? -1 : open[depth - 1];
  }

  /** The text without its bracketed parts. */
  static String withoutBrackets(String s) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (OPEN.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSE.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The owners of a whole unit that is one tag, or an empty list when it is not. */
  List<FoundOwner> wholeUnit(String unit) {
    String s = withoutClosingPunctuation(unit);
    if (s.length() < 3) {
      return List.of();
    }
    if (OPEN.indexOf(s.charAt(0)) < 0) {
      return labelled(s) ? parse(s, unit.indexOf(s)) : List.of();
    }
    int close = matchingClose(s, 0);
    if (close == s.length() - 1) {
      return parse(insideOf(s, 0), 0);
    }
    String relabelled = bracketedLabels(s);
    if (relabelled != null) {
      return parse(relabelled, 0);
    }
    // Brackets in a row (（X负责）（2026年底前完成））: each a tag or a schedule, one of them a tag.
    List<FoundOwner> out = new ArrayList<>();
    for (int open = 0; open < s.length(); open = close + 1) {
      close = OPEN.indexOf(s.charAt(open)) < 0 ? -1 : matchingClose(s, open);
      if (close < 0) {
        return List.of();
      }
      String inside = s.substring(open + 1, close);
      List<FoundOwner> owners = parse(inside, open + 1);
      if (owners.isEmpty() && !schedule(inside.strip())) {
        return List.of();
      }
      out.addAll(owners);
    }
    return out;
  }

  /**
   * A unit of labels in brackets each followed by what they name (【牵头单位】X【配合单位】Y) written as a
   * tag's inside (牵头单位：X；配合单位：Y), each bracket replaced by as many characters so that offsets stay;
   * null when the unit is not of that form.
   */
  private String bracketedLabels(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int open = 0;
    while (open < s.length()) {
      int close = OPEN.indexOf(s.charAt(open)) < 0 ? -1 : matchingClose(s, open);
      if (close < 0 || !label(s.substring(open + 1, close))) {
        return null;
      }
      int next = open + 1;
      while (next < s.length() && OPEN.indexOf(s.charAt(next)) < 0) {
        next++;
      }
      if (next <= close + 1) {
        return null; // a label that names nothing
      }
      out.append(open == 0 ? ' ' : '；').append(s, open + 1, close).append('：');
      out.append(s, close + 1, next);
      open = next;
    }
    return out.toString();
  }

  /**
   * Whether a whole unit is a bracket that only says when (（2026年6月底前完成）): the time of the task
   * before it, as a tag's schedule part would be.
   */
  boolean scheduleOnly(String unit) {
    String s = withoutClosingPunctuation(unit);
    if (timeLabelled(s)) {
      return true; // 完成时限：2026年6月底 on a line of its own, or after a tag's ；
    }
    return s.length() > 2
        && OPEN.indexOf(s.charAt(0)) >= 0
        && matchingClose(s, 0) == s.length() - 1
        && schedule(insideOf(s, 0).strip());
  }

  /**
   * The inside of the bracket that opens at {@code open} and closes the text, without a full stop
   * closing it (（X负责，Y配合。））.
   */
  private static String insideOf(String s, int open) {
    int end = s.length() - 1;
    while (end > open + 1 && "。；;.".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(open + 1, end);
  }

  /**
   * Whether a unit with no bracket opens with a tag's label and a colon (牵头单位：X, 责任单位：X、Y on a line
   * of its own after the task): the ledger form of a tag.
   */
  private boolean labelled(String s) {
    int colon = colon(s);
    if (colon <= 0) {
      return false;
    }
    return ownerLabel(s.substring(0, colon));
  }

  /** Where a part's label ends: its first colon (full-width or not), or -1. */
  private static int colon(String part) {
    int full = part.indexOf('：');
    int half = part.indexOf(':');
    return full < 0 ? half : half < 0 ? full : Math.min(full, half);
  }

  /** Whether a part is a time label and what it labels (完成时限：2026年底). */
  private boolean timeLabelled(String part) {
    int colon = colon(part);
    return colon > 0
        && colon + 1 < part.length()
        && rules.in("tag-time-labels", part.substring(0, colon).strip());
  }

  /** The text without the full stops, semicolons and commas that close it, nor spaces. */
  private static String withoutClosingPunctuation(String unit) {
    String s = unit.strip();
    while (!s.isEmpty() && "。；;.，,".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * The owners of the tag a unit ends with: the whole unit when it is one, else a last bracket that
   * only closing punctuation follows (建立健全长效机制（市委组织部负责）。); an empty list when it ends otherwise.
   */
  List<FoundOwner> closing(String unit) {
    List<FoundOwner> whole = wholeUnit(unit);
    if (!whole.isEmpty()) {
      return whole;
    }
    String s = withoutClosingPunctuation(unit);
    if (s.isEmpty() || CLOSE.indexOf(s.charAt(s.length() - 1)) < 0) {
      return List.of();
    }
    for (int open = s.length() - 2; open > 0; open--) {
      if (OPEN.indexOf(s.charAt(open)) >= 0 && matchingClose(s, open) == s.length() - 1) {
        return parse(insideOf(s, open), 0);
      }
    }
    return List.of();
  }

  /**
   * The owners of a bracket's inside ("X牵头，Y配合"), with offsets shifted by {@code offset}; an empty
   * list when any part of it is not an assignment.
   */
  public List<FoundOwner> parse(String inside, int offset) {
    inside = labelsApart(inside);
    List<FoundOwner> out = new ArrayList<>();
    // Bodies listed with no verb before a comma (X、Y，Z负责; X，Y配合): they lead, and a tag that
    // goes on to no part that assigns is none.
    List<FoundOwner> listed = new ArrayList<>();
    Role labelled = null; // the role of the last label read, whose list a later part may go on with
    int partStart = 0;
    for (int i = 0; i <= inside.length(); i++) {
      if (i < inside.length() && "，,；;".indexOf(inside.charAt(i)) < 0) {
        continue;
      }
      String part = inside.substring(partStart, i);
      int at = offset + partStart;
      boolean comma = i < inside.length() && "，,".indexOf(inside.charAt(i)) >= 0;
      partStart = i + 1;
      if (part.isBlank()) {
        continue;
      }
      List<FoundOwner> owners = parsePart(part, at);
      int colon = colon(part);
      if (colon > 0) {
        labelled = labelRole(part.substring(0, colon).strip());
      } else if (owners.isEmpty() && labelled != null && labelled != Role.LEADER) {
        // a label's list goes on past a comma (责任单位：X、Y等，各县（市、区）政府)
        owners = names(part, 0, part.length(), at, labelled, true);
      }
      if (owners.isEmpty() && comma && !schedule(part.strip())) {
        List<FoundOwner> bodies = names(part, 0, part.length(), at, Role.LEAD);
        if (!bodies.isEmpty()) {
          listed.addAll(bodies);
          continue;
        }
      }
      if (owners.isEmpty()) {
        if (!listed.isEmpty() || !schedule(part.strip())) {
          return List.of();
        }
        continue;
      }
      out.addAll(listed); // named first with no verb of their own: they lead, as 牵头 would
      listed.clear();
      out.addAll(owners);
    }
    return listed.isEmpty() ? out : List.of();
  }

  /**
   * The inside with a space before a label and its colon read as a part's end (（牵头单位：X　配合单位：Y）):
   * each space becomes a ；, so offsets stay where they were.
   */
  private String labelsApart(String inside) {
    StringBuilder out = null;
    for (int i = 1; i < inside.length(); i++) {
      if (!Character.isWhitespace(inside.charAt(i))
          || Character.isWhitespace(inside.charAt(i - 1))) {
        continue;
      }
      int j = i + 1;
      while (j < inside.length() && Character.isWhitespace(inside.charAt(j))) {
        j++;
      }
      int colon = j;
      while (colon < inside.length()
          && colon - j <= LONGEST_LABEL
          && "：:".indexOf(inside.charAt(colon)) < 0) {
        colon++;
      }
      if (colon < inside.length()
          && "：:".indexOf(inside.charAt(colon)) >= 0
          && label(inside.substring(j, colon))) {
        if (out == null) {
          out = new StringBuilder(inside);
        }
        out.setCharAt(i, '；');
      }
    }
    return out == null ? inside : out.toString();
  }

  /**
   * Whether the cells of a table's row name who acts in a column (牵头单位, 配合单位, 责任领导): the head of a
   * task-division table, whose rows give their owners by column.
   */
  public boolean tableHead(List<String> cells) {
    return cells.stream().anyMatch(this::ownerLabel);
  }

  /**
   * The owners a row of a task-division table gives: each cell under a column whose head is a label
   * (牵头单位 → lead, 配合单位 → support, 责任领导 → leader) read as that label's part of a tag.
   */
  public List<FoundOwner> tableRow(List<String> head, List<String> cells) {
    List<FoundOwner> out = new ArrayList<>();
    for (int i = 0; i < Math.min(head.size(), cells.size()); i++) {
      String label = head.get(i).strip();
      String cell = cells.get(i).strip();
      if (!cell.isEmpty() && ownerLabel(label)) {
        out.addAll(parsePart(label + "：" + cell, 0));
      }
    }
    return out;
  }

  /** Most characters a tag's label has (牵头单位, 完成时限). */
  private static final int LONGEST_LABEL = 6;

  /** Whether a text is one of the labels a tag's part may open with. */
  private boolean label(String s) {
    return ownerLabel(s) || rules.in("tag-time-labels", s.strip());
  }

  /** Whether a text is a label that names who acts (牵头单位, 配合单位, 责任领导), not when. */
  private boolean ownerLabel(String s) {
    return labelRole(s.strip()) != null;
  }

  /**
   * The part a label gives: lead (牵头单位, 责任股室), support (配合单位, 协办科室) or the answerable leader
   * (责任领导); null for a text that is no such label. Besides the labels listed, a role word before a
   * word for a unit or an office ([tag-lead-roles] or [tag-support-roles], then [tag-label-units]).
   */
  private Role labelRole(String label) {
    if (rules.in("tag-lead-labels", label)) {
      return Role.LEAD;
    }
    if (rules.in("tag-support-labels", label)) {
      return Role.SUPPORT;
    }
    if (rules.in("tag-leader-labels", label)) {
      return Role.LEADER;
    }
    for (int i = 2; i < label.length() - 1; i++) {
      if (rules.in("tag-label-units", label.substring(i))) {
        String role = label.substring(0, i);
        if (rules.in("tag-lead-roles", role)) {
          return Role.LEAD;
        }
        if (rules.in("tag-support-roles", role)) {
          return Role.SUPPORT;
        }
      }
    }
    return null;
  }

  /**
   * Whether a part of a tag only says when or how long (2025年底前完成, 持续推进, 2025年底前): a schedule verb
   * after a schedule adverb or a time bound, or a time bound alone.
   */
  private boolean schedule(String part) {
    if (rules.in("tag-notes", part) || timeBound(part)) {
      return true;
    }
    if (timeLabelled(part)) {
      return true;
    }
    for (String verb : rules.longestFirst("tag-schedule-verbs")) {
      if (!part.endsWith(verb)) {
        continue;
      }
      String before = part.substring(0, part.length() - verb.length());
      if (before.isEmpty() || rules.in("tag-schedule-adverbs", before) || timeBound(before)) {
        return true;
      }
      break;
    }
    // A time that opens the part, then what is to be reached by it (2026年持续推进, 2026年底前取得明显成效):
    // the part says when, as long as what follows is short and names nobody.
    Matcher time = OPENING_TIME.matcher(part);
    if (!time.lookingAt()) {
      return false;
    }
    String rest = part.substring(time.end());
    return !rest.isEmpty()
        && rest.length() <= SCHEDULE_REST
        && Character.UnicodeScript.of(rest.charAt(0)) == Character.UnicodeScript.HAN
        && rest.indexOf('月') < 0 // a date (二〇二六年五月六日), not a schedule
        && "日号".indexOf(rest.charAt(rest.length() - 1)) < 0
        && names(rest, 0, rest.length(), 0, Role.LEAD).isEmpty();
  }

  /**
   * A year, with a month, a part of the year or a bound after it (2026年, 2026年6月底前, 2026—2027年,
   * 2026年上半年), or a bound that needs none (年内, 每年), at the start of a tag's part.
   */
  private static final Pattern OPENING_TIME =
      Pattern.compile(
          "(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})(?:[—－\\-至到~～](?:\\d{4}|[〇零一二三四五六七八九]{4}))?年"
              + "(?:\\d{1,2}月(?:底|末|中旬|上旬|下旬)?|底|末|上半年|下半年|第?[一二三四1-4]季度末?)?"
              + "|年内|今年内|今年|明年|每年)"
              + "(?:前|以前|之前|内|起|开始|以后)?");

  /** Most characters of what a tag's part says is to be done by its opening time (取得明显成效). */
  private static final int SCHEDULE_REST = 8;

  /** A short time phrase ending with 前, 内, 底 or 起 that holds a digit or a date word (2025年6月底前). */
  private static boolean timeBound(String s) {
    return !s.isEmpty()
        && s.length() <= 14
        && "前内底起".indexOf(s.charAt(s.length() - 1)) >= 0
        && s.chars().anyMatch(c -> Character.isDigit(c) || "年月季".indexOf(c) >= 0);
  }

  /** "牵头单位：X", "X负责", "X会同Y负责" or "X、Y配合". */
  private List<FoundOwner> parsePart(String part, int at) {
    int colon = colon(part);
    if (colon > 0) {
      Role role = labelRole(part.substring(0, colon).strip());
      if (role == Role.LEADER) {
        return leaders(part, colon + 1, at);
      }
      return role == null ? List.of() : names(part, colon + 1, part.length(), at, role, true);
    }
    String verb = null;
    for (String v : rules.longestFirst("tag-verbs")) {
      if (part.endsWith(v) && part.length() > v.length()) {
        verb = v;
        break;
      }
    }
    if (verb == null) {
      return List.of();
    }
    int from = part.startsWith("由") ? 1 : 0; // （由X负责）
    Role role =
        rules.in("support-verbs", verb) || rules.in("tag-support-verbs", verb)
            ? Role.SUPPORT
            : Role.LEAD;
    int end = part.length() - verb.length();
    if (end > 2 && part.startsWith("负责", end - 2)) {
      end -= 2; // （X负责组织实施）, （X负责指导）: what the body is charged with
    }
    for (String adverb : rules.longestFirst("tag-adverbs")) {
      if (end >= adverb.length() && part.startsWith(adverb, end - adverb.length())) {
        end -= adverb.length();
        break;
      }
    }
    int with = part.indexOf("会同");
    if (with > from && with < end) {
      List<FoundOwner> lead = names(part, from, with, at, role);
      List<FoundOwner> support = names(part, with + 2, end, at, Role.SUPPORT);
      if (lead.isEmpty() || support.isEmpty()) {
        return List.of();
      }
      List<FoundOwner> out = new ArrayList<>(lead);
      out.addAll(support);
      return out;
    }
    return names(part, from, end, at, role);
  }

  /**
   * The leaders a tag names after its label (王副县长、李副县长): people, named as the tag writes them, so
   * no head is asked of them; empty when the label is followed by nothing.
   */
  private static List<FoundOwner> leaders(String part, int from, int at) {
    List<FoundOwner> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= part.length(); i++) {
      if (i < part.length() && "、/和及".indexOf(part.charAt(i)) < 0) {
        continue;
      }
      String name = part.substring(start, i);
      String leader = name.strip();
      if (!leader.isEmpty()) {
        out.add(new FoundOwner(at + start + name.indexOf(leader), leader, Role.LEADER));
      }
      start = i + 1;
    }
    return out;
  }

  /** The names of a coordination, split by characters; empty unless it ends with an agent. */
  private List<FoundOwner> names(String text, int from, int to, int at, Role role) {
    return names(text, from, to, at, role, false);
  }

  /**
   * The bodies named between {@code from} and {@code to}; after a label ({@code labelled}:
   * 责任股室：种植业股) the label says they are bodies, so a short name whose head no rule knows is one too.
   */
  private List<FoundOwner> names(
      String text, int from, int to, int at, Role role, boolean labelled) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    List<Piece> pieces = new ArrayList<>();
    List<String> joiners = new ArrayList<>();
    int start = from;
    int i = from;
    int depth = 0; // a list in brackets belongs to its name: 各县（市、区）人民政府 is one body
    while (i <= to) {
      if (i < to && OPEN.indexOf(text.charAt(i)) >= 0) {
        depth++;
      } else if (i < to && CLOSE.indexOf(text.charAt(i)) >= 0) {
        depth = Math.max(0, depth - 1);
      }
      String joiner = i == to ? "" : depth > 0 ? null : joinerAt(text, i, to);
      if (joiner == null) {
        i++;
        continue;
      }
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      while (end > start + 1 && text.charAt(end - 1) == '等') {
        end--; // 等 (等等) closes the list: 民政局等和各乡镇人民政府负责 names 民政局, not 民政局等人民政府
      }
      if (i > start) {
        String s = text.substring(start, end);
        pieces.add(new Piece(start, end, withoutBrackets(s).strip(), null, -1, s.contains("的")));
        if (i < to) {
          joiners.add(joiner);
        }
      }
      i += i == to ? 1 : joiner.length();
      start = i;
    }
    boolean listed = labelled ? allNamed(pieces) : listedAmongBodies(pieces);
    if (pieces.isEmpty()
        || joiners.size() != pieces.size() - 1
        || !Coordination.complete(rules, pieces.get(pieces.size() - 1)) && !listed) {
      return List.of();
    }
    // 民政、卫生健康等部门负责: the bodies named before 等 share the head after it; a list of one
    // too (教育部等部门配合 names 教育部)
    Piece tail = null;
    Piece last = pieces.get(pieces.size() - 1);
    int etc = etcBeforeHead(text, last);
    if (etc > 0) {
      String before = text.substring(last.start(), etc);
      String after = text.substring(etc + 1, last.end());
      pieces.set(pieces.size() - 1, new Piece(last.start(), etc, before, null, -1, false));
      tail = new Piece(etc + 1, last.end(), after, null, -1, false);
    }
    List<FoundOwner> out = new ArrayList<>();
    for (Named n : Coordination.names(rules, text, pieces, joiners, tail, listed)) {
      out.add(new FoundOwner(at + n.start(), n.name().strip(), role));
    }
    return out;
  }

  /**
   * Where the 等 stands in the last name of a tag's list that closes the list before the head all of
   * it shares (卫生健康等部门, 财政部等有关部门), or -1: what follows it is a body's head by itself. A 等 that the
   * thesaurus knows as a word with the character before it (高等学校, 同等条件) closes no list.
   */
  private int etcBeforeHead(String text, Piece last) {
    for (int k = last.start() + 2; k < last.end() - 1; k++) {
      if (text.charAt(k) != '等' || rules.known(text.substring(k - 1, k + 1))) {
        continue;
      }
      String after = text.substring(k + 1, last.end());
      Piece head = new Piece(k + 1, last.end(), after, null, -1, false);
      boolean shared = rules.in("shared-heads", after) || rules.sharedHead(after) != null;
      return shared && Coordination.complete(rules, head) ? k : -1;
    }
    return -1;
  }

  /** Most characters of a name no list knows that a tag's list of bodies may end with. */
  private static final int UNKNOWN_NAME_MAX = 12;

  /**
   * Whether a tag's list of names vouches for the names in it that no list knows (中国残联, 新华社): some
   * name of it is a body (中央宣传部、全国妇联、中国残联按职责分工负责), and each unknown one is a short name of Han
   * characters or letters, with no 的 and no preposition opening it, so it is taken at its word.
   */
  private boolean listedAmongBodies(List<Piece> pieces) {
    if (pieces.size() < 2) {
      return false;
    }
    boolean body = false;
    for (Piece p : pieces) {
      if (Coordination.complete(rules, p)) {
        body = true;
      } else if (!nameLike(p)) {
        return false;
      }
    }
    return body;
  }

  /**
   * Whether each piece is a body or at least a short name of Han characters or letters: after a
   * label that says they are bodies, even one that opens like a preposition (经管股, 对外联络科).
   */
  private boolean allNamed(List<Piece> pieces) {
    for (Piece p : pieces) {
      if (!Coordination.complete(rules, p) && !shortName(p)) {
        return false;
      }
    }
    return !pieces.isEmpty();
  }

  private static boolean shortName(Piece p) {
    String name = p.bare();
    return name.length() >= 2
        && name.length() <= UNKNOWN_NAME_MAX
        && !p.hasDe()
        && name.codePoints()
            .allMatch(
                c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || c < 128 && Character.isLetter(c));
  }

  /**
   * A short name of Han characters or letters, with no 的 and no preposition opening it (对学生安全负责 is
   * what a body answers for; the prepositions are the owner rules' own lists).
   */
  private boolean nameLike(Piece p) {
    if (!shortName(p)) {
      return false;
    }
    String first = p.bare().substring(0, 1);
    return !rules.in("glued-prepositions", first)
        && !rules.in("passive-prepositions", first)
        && !rules.in("frame-prepositions", first);
  }

  private String joinerAt(String text, int i, int to) {
    for (String j : rules.longestFirst("joiners")) {
      if (!j.startsWith("或") && text.startsWith(j, i) && i + j.length() <= to) {
        return j;
      }
    }
    return null;
  }
}
