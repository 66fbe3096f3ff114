package dev.luoshi.extract.owners;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the conjuncts of one owner phrase into owner names: bare field names borrow the shared head
 * (财政、教育等部门 → 财政部门, 教育部门), bodies borrow a shared role (处室和局属单位负责人 → 处室负责人, 局属单位负责人), an appositive
 * 等-tail after named bodies is dropped (工会、妇联等人民团体 → 工会, 妇联) unless it adds the others concerned
 * (科技部、财政部等有关部门 → 科技部, 财政部, 有关部门), and a conjunct that cannot stand alone is joined back to its
 * neighbour (住房和城乡建设部). Stateless.
 */
public final class Coordination {
  /**
   * One conjunct: its offsets in the source, its words without bracketed remarks, the part of
   * speech of its last word and where that word starts in {@code bare} (null and -1 when unknown),
   * and whether it holds a 的-modifier.
   */
  public record Piece(
      int start, int end, String bare, String lastPos, int lastStart, boolean hasDe) {}

  /** An owner name and where it starts in the source. */
  public record Named(int start, String name) {}

  private static final String OR = "或";

  /** Business units named by a Latin acronym after 各 (各BG, 各BU). */
  private static final Pattern LATIN_UNITS = Pattern.compile("各[A-Z]{2,6}");

  private Coordination() {}

  /**
   * The part of speech of a person's name joined from the characters HanLP cut it into (邓/子/恢
   * before 应): a name where it stands as the one who acts. A name HanLP tags nr is one only alone
   * in its conjunct (彭德怀、邓子恢应…), not after a title (a byline's …主席习近平在北京调研).
   */
  public static final String JOINED_NAME = "nrx";

  /** Whether the conjunct names an agent by itself. */
  public static boolean complete(OwnerRules rules, Piece p) {
    if (rules.in("pronouns", p.bare())) {
      return false;
    }
    if (LATIN_UNITS.matcher(p.bare()).matches()) {
      return true;
    }
    String head = rules.headWord(p.bare(), p.lastStart());
    if (head != null && head.length() == 1 && p.lastStart() == p.bare().length() - 1 && verbal(p)) {
      return false;
    }
    if (rules.headKind(p.bare(), p.lastStart()) != OwnerRules.HeadKind.NONE) {
      return true;
    }
    String pos = p.lastPos();
    return pos != null
        && (pos.startsWith("nt")
            || pos.equals("nnt")
            || pos.startsWith("ns")
            || pos.equals(JOINED_NAME)
            || pos.equals("nr") && p.lastStart() == 0);
  }

  /** A one-character head that stands alone as a verb or function word (公司/会/加强) is no head. */
  private static boolean verbal(Piece p) {
    String pos = p.lastPos();
    return pos != null
        && (pos.startsWith("v")
            || pos.startsWith("d")
            || pos.startsWith("p")
            || pos.startsWith("c")
            || pos.startsWith("u"));
  }

  private static boolean person(OwnerRules rules, Piece p) {
    OwnerRules.HeadKind kind = rules.headKind(p.bare(), p.lastStart());
    return kind == OwnerRules.HeadKind.PERSON
        || kind == OwnerRules.HeadKind.PUBLIC
        || (kind == OwnerRules.HeadKind.NONE && "nnt".equals(p.lastPos()));
  }

  /**
   * The owner names of a coordination.
   *
   * @param source the text the offsets point into
   * @param pieces the conjuncts in order
   * @param joiners the word between each two conjuncts (和, 、, 或 …), one fewer than the pieces
   * @param tail the words after a closing 等 (人民团体 in 工会、妇联等人民团体), or null
   */
  public static List<Named> names(
      OwnerRules rules, String source, List<Piece> pieces, List<String> joiners, Piece tail) {
    return names(rules, source, pieces, joiners, tail, false);
  }

  /**
   * The owner names of a coordination whose form vouches that each conjunct cut off by a 、 names a
   * body of its own (an owner tag's list: 县残联、县民政局负责), so that none is joined to the next.
   *
   * @param listed whether each conjunct before a 、 stands for a body of its own
   */
  public static List<Named> names(
      OwnerRules rules,
      String source,
      List<Piece> pieces,
      List<String> joiners,
      Piece tail,
      boolean listed) {
    List<Piece> ps = new ArrayList<>();
    List<String> js = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (rules.in("pronouns", p.bare()) || p.bare().isEmpty()) {
        continue;
      }
      if (!ps.isEmpty()) {
        js.add(joiners.get(i - 1));
      }
      ps.add(p);
    }
    if (ps.isEmpty()) {
      return List.of();
    }
    splitWholes(rules, source, ps, js);
    mergeOr(rules, source, ps, js);
    if (countedLevels(ps)) {
      int start = ps.get(0).start();
      return List.of(new Named(start, source.substring(start, ps.get(ps.size() - 1).end())));
    }
    List<Named> out = new ArrayList<>();
    if (tail != null) {
      for (Piece p : ps) {
        String text = source.substring(p.start(), p.end());
        out.add(new Named(p.start(), complete(rules, p) ? text : text + tail.bare()));
      }
      if (openTail(rules, tail)) {
        out.add(new Named(tail.start(), source.substring(tail.start(), tail.end())));
      }
      return out;
    }
    String[] names = new String[ps.size()];
    borrowHeads(rules, source, ps, js, names, listed);
    List<Piece> kept = new ArrayList<>();
    List<String> keptNames = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i) != null) {
        kept.add(ps.get(i));
        keptNames.add(names[i]);
      }
    }
    shareRoles(rules, kept, keptNames);
    shareLevels(rules, kept, keptNames);
    for (int i = 0; i < kept.size(); i++) {
      out.add(new Named(kept.get(i).start(), keptNames.get(i)));
    }
    return out;
  }

  /**
   * A 等-tail that adds the bodies not named (科技部、财政部等有关部门: the other departments concerned too),
   * not one that only says what the named are (工会、妇联等人民团体).
   */
  private static boolean openTail(OwnerRules rules, Piece tail) {
    for (String w : rules.longestFirst("open-tails")) {
      if (tail.bare().startsWith(w) && tail.bare().length() > w.length()) {
        return complete(rules, tail);
      }
    }
    return false;
  }

  /**
   * Splits wholes named side by side with no joiner (全党全军全国各族人民 → 全党, 全军, 全国各族人民): each whole of
   * [juxtaposed-wholes] that opens a conjunct and is followed by another 全… is an owner of its own.
   * Only a conjunct written as it stands in the source (no remark set aside) is split.
   */
  private static void splitWholes(
      OwnerRules rules, String source, List<Piece> ps, List<String> js) {
    for (int i = 0; i < ps.size(); i++) {
      Piece p = ps.get(i);
      if (!source.substring(p.start(), p.end()).equals(p.bare())) {
        continue;
      }
      for (String whole : rules.longestFirst("juxtaposed-wholes")) {
        String rest = p.bare().substring(Math.min(whole.length(), p.bare().length()));
        if (p.bare().startsWith(whole) && rest.length() > 1 && rest.charAt(0) == '全') {
          int cut = p.start() + whole.length();
          ps.set(i, new Piece(p.start(), cut, whole, null, -1, false));
          int lastStart = p.lastStart() < 0 ? -1 : p.lastStart() - whole.length();
          ps.add(i + 1, new Piece(cut, p.end(), rest, p.lastPos(), lastStart, p.hasDe()));
          js.add(i, "");
          break;
        }
      }
    }
  }

  /**
   * 或 splits only between two complete agents that are not both people (没有疫情或疫情较轻的地区 is one owner;
   * 书记或副书记 is one post filled by either, as GUIDELINE §4 has it; 各省委或区党委 two bodies), and a body
   * whose name holds a coordination is one body (中央和国家机关工委).
   */
  private static void mergeOr(OwnerRules rules, String source, List<Piece> ps, List<String> js) {
    for (int i = 0; i < js.size(); ) {
      boolean or =
          js.get(i).startsWith(OR)
              && (!complete(rules, ps.get(i))
                  || !complete(rules, ps.get(i + 1))
                  || person(rules, ps.get(i)) && person(rules, ps.get(i + 1)));
      if (or || rules.in("joined-names", join(source, ps.get(i), ps.get(i + 1)).bare())) {
        ps.set(i, join(source, ps.get(i), ps.get(i + 1)));
        ps.remove(i + 1);
        js.remove(i);
      } else {
        i++;
      }
    }
  }

  private static Piece join(String source, Piece a, Piece b) {
    String bare = source.substring(a.end(), b.start());
    String prefix = a.bare() + bare.strip();
    int lastStart = b.lastStart() < 0 ? -1 : prefix.length() + b.lastStart();
    return new Piece(
        a.start(), b.end(), prefix + b.bare(), b.lastPos(), lastStart, a.hasDe() || b.hasDe());
  }

  /**
   * Whether the conjuncts are a company's functions, with bodies or officers among them, and end
   * with a function, an officer or a body named by one word (财经和人力资源, 研发、销售和交付, 财经和CFO, 行政和代表处):
   * each function names the people who do it, as it does alone before a modal, so none borrows a
   * head or joins the next.
   */
  private static boolean functionList(OwnerRules rules, List<Piece> ps, List<String> js) {
    Piece last = ps.get(ps.size() - 1);
    boolean oneWordBody =
        last.lastStart() == 0
            && complete(rules, last)
            && (js.isEmpty() || !js.get(js.size() - 1).equals("与"));
    if (!rules.in("acting-functions", last.bare()) && !person(rules, last) && !oneWordBody) {
      // 审计与内控分委会: one committee, whose head the function shares; but a body named by one word
      // after 和 or 及 (行政和代表处) shares none, where 与 still makes one name (交付与服务部)
      return false;
    }
    boolean function = false;
    for (Piece p : ps) {
      boolean acting = rules.in("acting-functions", p.bare());
      if (!acting && !complete(rules, p)) {
        return false;
      }
      function |= acting;
    }
    return function;
  }

  /**
   * Conjuncts that name no agent take the head of the next one that does (财政 → 财政部门), or join it
   * when they cannot (住房 + 城乡建设部 → 住房和城乡建设部); a distributive one stands alone (各民族). Joined pieces
   * are set to null.
   */
  private static void borrowHeads(
      OwnerRules rules,
      String source,
      List<Piece> ps,
      List<String> js,
      String[] names,
      boolean listed) {
    for (int i = 0; i < ps.size(); i++) {
      names[i] = source.substring(ps.get(i).start(), ps.get(i).end());
    }
    boolean functions = functionList(rules, ps, js);
    for (int i = 0; i < ps.size() - 1; i++) {
      Piece p = ps.get(i);
      String level = p == null ? null : levelBefore(rules, p, ps, i);
      if (level != null) {
        names[i] = names[i] + level;
        continue;
      }
      if (p == null || complete(rules, p) || distributive(p) && !field(p) || functions) {
        continue;
      }
      int j = i + 1;
      while (j < ps.size() && (ps.get(j) == null || !complete(rules, ps.get(j)))) {
        j++;
      }
      if (j < ps.size()) {
        Piece q = ps.get(j);
        String shared = rules.sharedHead(q.bare());
        if (shared != null
            && !q.hasDe()
            && !p.hasDe()
            && p.bare().length() <= 8
            && (p.bare().length() > 1 || rules.in("level-chars", p.bare()))) {
          // 党和人民政府: one character that is no level takes no head (党政府); it joins as 党和政府 does
          names[i] = names[i] + shared;
          continue;
        }
      }
      if (listed && js.get(i).equals("、")) {
        continue; // an official name holds no 、: the list stands for its body though no list knows
        // it
      }
      Piece merged = join(source, p, ps.get(i + 1));
      ps.set(i + 1, merged);
      names[i + 1] = source.substring(merged.start(), merged.end());
      ps.set(i, null);
    }
  }

  /** A count of levels after the last level's one character (县三级政府, 乡两级干部). */
  private static final Pattern COUNTED_LEVEL = Pattern.compile(".[两二三四五六]级.+");

  /**
   * Whether one-character levels are counted as one set by the last conjunct (省、市、县三级政府, 县、乡两级干部):
   * the count makes the whole coordination one name, whose levels share neither the count nor the
   * head one by one.
   */
  private static boolean countedLevels(List<Piece> ps) {
    for (int i = 0; i < ps.size() - 1; i++) {
      if (ps.get(i).bare().length() != 1) {
        return false;
      }
    }
    return ps.size() > 1 && COUNTED_LEVEL.matcher(ps.get(ps.size() - 1).bare()).matches();
  }

  /**
   * What a conjunct whose head is one character takes from the next conjunct with a longer head,
   * which opens with one character of the same kind (区、村干部 → 区干部; 区、乡、村干部 → 区干部, 乡干部; 中、高级干部 →
   * 中级干部; 有追求的中、低级员工 → 有追求的中级员工): the rest of that head, when it is a level (级…), a role or a body;
   * else null. One character names nobody alone. Both characters must be levels ([level-chars]):
   * 党和民主政府 shares nothing.
   */
  private static String levelBefore(OwnerRules rules, Piece p, List<Piece> ps, int i) {
    if (headPart(p.bare()).length() != 1) {
      return null;
    }
    int j = i + 1;
    while (j < ps.size() && ps.get(j) != null && headPart(ps.get(j).bare()).length() == 1) {
      j++;
    }
    if (j >= ps.size() || ps.get(j) == null) {
      return null;
    }
    String head = headPart(ps.get(j).bare());
    if (head.length() < 3) {
      return null;
    }
    if (!rules.in("level-chars", headPart(p.bare()))
        || !rules.in("level-chars", head.substring(0, 1))) {
      return null; // 党和民主政府: 党 and 民 are no levels, so 民主 is not cut
    }
    String rest = head.substring(1);
    return rest.charAt(0) == '级'
            || rules.roleHead(rest) != null
            || complete(rules, new Piece(0, 0, rest, null, -1, false))
        ? rest
        : null;
  }

  /**
   * Bodies before a "body + role" conjunct share its role (处室和局属单位负责人 → 处室负责人), and places before a
   * "place + body" conjunct share its body (各省、自治区、直辖市人民政府 → 各省人民政府 …); a leading 各 or other prefix
   * is never carried over.
   */
  private static void shareRoles(OwnerRules rules, List<Piece> ps, List<String> names) {
    for (int i = 0; i < ps.size(); i++) {
      Piece p = ps.get(i);
      if (!complete(rules, p) || person(rules, p)) {
        continue;
      }
      int j = i + 1;
      while (j < ps.size()
          && complete(rules, ps.get(j))
          && !person(rules, ps.get(j))
          && !hasBody(rules, ps.get(j))
          && subBody(rules, ps.get(j)) == null) {
        j++;
      }
      if (j >= ps.size()) {
        return;
      }
      String shared = sharedPart(rules, ps, i, j);
      if (shared == null) {
        continue;
      }
      for (int k = i; k < j; k++) {
        if (!names.get(k).endsWith(shared)) { // 省、市政府: 省 has borrowed 政府 already
          names.set(k, names.get(k) + shared);
        }
      }
      i = j;
    }
  }

  /**
   * A level of the state named alone before the next conjunct's level and body (中央和国家机关 → 中央机关,
   * 国家机关; 中央和国家有关部门 → 中央有关部门, 国家有关部门; 中央和地方财政 → 中央财政, 地方财政): the level takes the same body. 中央
   * alone would be the party centre, which is not what the coordination names.
   */
  private static void shareLevels(OwnerRules rules, List<Piece> ps, List<String> names) {
    for (int i = 0; i + 1 < ps.size(); i++) {
      if (!rules.in("state-levels", ps.get(i).bare()) || ps.get(i).hasDe()) {
        continue;
      }
      String next = ps.get(i + 1).bare();
      for (String level : rules.longestFirst("state-levels")) {
        String body = next.substring(Math.min(level.length(), next.length()));
        if (next.startsWith(level)
            && !body.isEmpty()
            && !ps.get(i + 1).hasDe()
            && (complete(rules, new Piece(0, 0, body, null, -1, false))
                || complete(rules, new Piece(0, 0, next, null, -1, false)))) {
          names.set(i, names.get(i) + body);
          break;
        }
      }
    }
  }

  /**
   * The body within a body that the conjunct ends with after a body of its own (党组 in 报社党组), or
   * null: bodies before it have one each (通讯社和报社党组 → 通讯社党组, 报社党组).
   */
  private static String subBody(OwnerRules rules, Piece q) {
    if (q.hasDe()) {
      return null;
    }
    for (String h : rules.longestFirst("sub-body-heads")) {
      String b = q.bare();
      if (b.endsWith(h) && b.length() > h.length()) {
        Piece body = new Piece(0, 0, b.substring(0, b.length() - h.length()), null, -1, false);
        return complete(rules, body) && !person(rules, body) ? h : null;
      }
    }
    return null;
  }

  private static String lastChar(String s) {
    return s.isEmpty() ? "" : s.substring(s.length() - 1);
  }

  /** Whether the conjunct is a place followed by a shared body (直辖市人民政府). */
  private static boolean hasBody(OwnerRules rules, Piece q) {
    String body = rules.sharedHead(q.bare());
    if (body == null || q.hasDe()) {
      return false;
    }
    String place = q.bare().substring(0, q.bare().length() - body.length());
    return place(rules, place);
  }

  private static boolean place(OwnerRules rules, String text) {
    String head = rules.headWord(text);
    return head != null && rules.in("place-heads", head) && text.endsWith(head);
  }

  /** The role or body that pieces i..j-1 take from piece j, or null. */
  private static String sharedPart(OwnerRules rules, List<Piece> ps, int i, int j) {
    Piece q = ps.get(j);
    if (q.hasDe()) {
      return ownedRole(rules, q);
    }
    String role = rules.roleHead(q.bare());
    if (role != null) {
      String body = q.bare().substring(0, q.bare().length() - role.length());
      for (String m : rules.longestFirst("role-modifiers")) {
        if (body.endsWith(m) && body.length() > m.length()) {
          body = body.substring(0, body.length() - m.length()); // 地委和县委正副书记 → 地委正副书记
          role = m + role;
          break;
        }
      }
      Piece bodyPiece = new Piece(0, 0, body, null, -1, false);
      if (complete(rules, bodyPiece) && !person(rules, bodyPiece)) {
        return role;
      }
    }
    String sub = subBody(rules, q);
    if (sub != null) {
      for (int k = i; k < j; k++) {
        if (rules.in("party-body-ends", lastChar(ps.get(k).bare()))) {
          return null; // 省委和省政府党组: a party committee has no party group of its own
        }
      }
      return sub;
    }
    if (hasBody(rules, q)) {
      for (int k = i; k < j; k++) {
        if (!place(rules, ps.get(k).bare())) {
          return null;
        }
      }
      return rules.sharedHead(q.bare());
    }
    return null;
  }

  /**
   * The role a conjunct gives its body with 的 (区党委的书记): bodies before it have one each
   * (中央局、分局及区党委的书记 → 中央局的书记, 分局的书记, 区党委的书记), as without 的. Null when the conjunct is no body's
   * role.
   */
  private static String ownedRole(OwnerRules rules, Piece q) {
    String b = q.bare();
    String role = rules.roleHead(b);
    int de = b.lastIndexOf('的');
    if (role == null || de <= 0 || de + 1 + role.length() != b.length()) {
      return null;
    }
    String owner = b.substring(0, de);
    Piece body = new Piece(0, 0, owner, null, -1, false);
    return owner.indexOf('的') < 0 && complete(rules, body) && !person(rules, body)
        ? "的" + role
        : null;
  }

  /** 各民族, 全国各党派: a distributive conjunct stands alone in a list of owners. */
  private static boolean distributive(Piece p) {
    return p.bare().contains("各") && !p.hasDe();
  }

  /**
   * A field of work named by a verbal noun after a distributive prefix (各级市场监管, 各地教育, 各级发展改革): it
   * names no one until it borrows the next conjunct's head (各级市场监管、公安部门 → 各级市场监管部门), unlike 各民族 or
   * 各党派, which stand alone.
   */
  private static boolean field(Piece p) {
    String pos = p.lastPos();
    return pos != null
        && (pos.equals("vn") || pos.equals("an"))
        && p.lastStart() >= 0
        && p.bare().length() - p.lastStart() >= 2;
  }

  /** The words after the last 的 (the head and its plain modifiers). */
  private static String headPart(String bare) {
    int de = bare.lastIndexOf('的');
    return de >= 0 ? bare.substring(de + 1) : bare;
  }
}
