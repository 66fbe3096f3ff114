package dev.luoshi.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.NShort.Path.AtomNode;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.utility.Predefine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segmentation, parts of speech and traditional → simplified conversion by HanLP, the one class
 * that imports it.
 *
 * <p>HanLP's dictionaries are process-wide: words are inserted into its in-memory custom dictionary
 * (never through a dictionary path, which would write cache files beside the user's files), before
 * the first segmentation. Person, place and organisation recognition are off: in this genre they
 * invent names (松一, 刚过) far more often than they find one. Instances are immutable and safe to
 * share between threads.
 */
public final class HanLpAnalyzer implements Segmenter, ScriptConverter {
  private static final Object LOCK = new Object();

  /** The custom dictionary as every analyzer's segment forces it (its words kept up to date). */
  static final ForcedWords FORCED = new ForcedWords();

  /**
   * The lexicons' words with their tags: the analyzer never cuts one of them back (see {@link
   * #oddPair}) and gives one back its characters (see {@link #reclaimed}).
   */
  private static final Map<String, String> OWN_WORDS = new ConcurrentHashMap<>();

  private final Segment segment;

  private HanLpAnalyzer(Segment segment) {
    this.segment = segment;
  }

  /** An analyzer that knows the lexicon's words (added once per process, idempotently). */
  public static HanLpAnalyzer create(Lexicon lexicon) {
    synchronized (LOCK) {
      for (Lexicon.Entry e : lexicon.entries()) {
        CustomDictionary.insert(e.word(), e.pos() + " 1000");
        OWN_WORDS.put(e.word(), e.pos());
      }
      FORCED.follow(CustomDictionary.DEFAULT);
      HanLpAnalyzer analyzer = new HanLpAnalyzer(segment(FORCED));
      analyzer.segment("预热"); // loads the dictionaries now, not on a caller's first sentence
      return analyzer;
    }
  }

  @Override
  public List<Token> segment(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Term> terms = segment.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    int cursor = 0;
    for (Term t : terms) {
      if (t.word.isEmpty()) {
        continue;
      }
      // HanLP's own offsets drift after some normalisations; find the word from the cursor.
      int at = text.indexOf(t.word, cursor);
      if (at < 0) {
        at = cursor;
      }
      cursor = at + t.word.length();
      if (t.word.isBlank()) {
        continue;
      }
      out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), at));
    }
    return List.copyOf(nextTimes(lightVerbs(giveVerbsBack(splitGluedModals(out)))));
  }

  /**
   * Cuts 在下 (HanLP's humble "I") into the preposition 在 and the 下 of the time after it
   * (人力资源部/在下/周三/前 → 在/下周三/前; 在下/个/月 → 在/下/个/月): a body that acts by next week kept its word of
   * time, and the body before it was no subject. 下 joins a time word after it; otherwise it stands
   * alone as a locative.
   */
  private static List<Token> nextTimes(List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
      boolean glued =
          t.word().equals("在下")
              && next != null
              && next.start() == t.end()
              && (next.pos().startsWith("t")
                  || NEXT_TIME_STARTS.indexOf(next.word().charAt(0)) >= 0);
      if (!glued) {
        if (out != null) {
          out.add(t);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, k));
      }
      out.add(new Token("在", "p", t.start()));
      if (next.pos().startsWith("t")) {
        out.add(new Token("下" + next.word(), "t", t.start() + 1));
        k++;
      } else {
        out.add(new Token("下", "f", t.start() + 1));
      }
    }
    return out == null ? tokens : out;
  }

  /** The first characters of a span of time after 下 (下/个/月, 下/一/阶段, 下/半年, 下/季度). */
  private static final String NEXT_TIME_STARTS = "个一半季周月年旬午星阶步次";

  /**
   * Gives the light verbs of this genre back their verb tag: HanLP tags 进行 a verbal noun wherever
   * it stands (办公室进行一次抽查), and 组织 a noun before a count or a verb (县政府组织一次检查, 组织开展…), so that the
   * body before either lost its predicate and was no subject. 组织 before anything else (党组织,
   * 各级组织要…), before the 办 of an office's name (镇组织办要…) and before a modal or a copula whose subject
   * it ends (培训评价组织应…, 行业组织要…), stays a noun. And gives a county bureau's section its noun tag:
   * HanLP tags the 股 of 工程股 and 办公股 a measure word (一股劲), so the section before a modal named
   * nobody.
   */
  private static List<Token> lightVerbs(List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean section =
          t.word().equals("股")
              && t.is("q")
              && k > 0
              && (tokens.get(k - 1).is("n") || tokens.get(k - 1).is("vn"));
      if (section) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        out.set(k, new Token(t.word(), "n", t.start())); // 工程/股/q → 股/n: a bureau's section
        continue;
      }
      boolean light =
          t.word().equals("进行") && !t.pos().equals("v")
              || t.word().equals("组织")
                  && t.is("n")
                  && k + 1 < tokens.size()
                  && (tokens.get(k + 1).is("m")
                      || tokens.get(k + 1).is("v")
                          && !NOT_AFTER_LIGHT_VERB.contains(tokens.get(k + 1).word()));
      if (light && out == null) {
        out = new ArrayList<>(tokens);
      }
      if (light) {
        out.set(k, new Token(t.word(), "v", t.start()));
      }
    }
    return out == null ? tokens : out;
  }

  /** Words after which 组织 ends a body's name (镇组织办, 行业组织要…) rather than organising anything. */
  private static final Set<String> NOT_AFTER_LIGHT_VERB =
      Set.of("办", "应", "应当", "应该", "要", "须", "必须", "需要", "是", "有", "能", "可以", "不得", "负责");

  /**
   * A name the lexicon keeps whole, so that HanLP does not cut its 机关 (国家/机/关工委), though it names
   * the organs of two levels; their working committee (中央和国家机关工委) is a word of its own, one body.
   */
  private static final String CENTRE_AND_STATE_ORGANS = "中央和国家机关";

  /**
   * Nouns and adjectives HanLP makes of 要 and the verb or adjective after it (党员/要冲/在/一线, 公司/要强/大,
   * 客户/要说/真话, 都/要点/一下, 也/要好/一点): the modal of a directive and its predicate, not 要冲 (a strategic
   * pass) or 要强 (ambitious).
   */
  private static final Set<String> GLUED_MODALS = Set.of("要冲", "要说", "要强", "要好", "要点", "要件", "要塞");

  /**
   * Splits a word of {@link #GLUED_MODALS} into 要 and the rest where it reads as a modal: after a
   * subject or an adverb (a noun, a pronoun, 都, 也, 一定) and before more of the predicate (not a
   * mark, not 的: 工作/要点/》 and 基本/要件/的 stay). Joins 必须 where HanLP glued its 须 to the word after it
   * (必/须按/时, 必/须经/批准), cuts 内应 after a time into 内 and the modal 应 (今年/内应/完成), cuts 中的 after a word
   * into 中 and 的, joins a team's 队 and the 伍 HanLP cut from it as a numeral (救援队/伍 → 救援队伍), gives a
   * core word back the character a forced custom word took from it (治/理工/作 → 治理/工作, 创/新的 → 创新/的),
   * and cuts the modal off a word the core dictionary does not know (须经/县委 → 须/经/县委), also after a
   * comma (…的，须经/当地 → 须/经). Also cuts 中央和国家机关 into its two bodies and 正/副书记 into 正副/书记.
   */
  private static List<Token> splitGluedModals(List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean glued =
          k > 0 && k + 1 < tokens.size() && readsAsModal(tokens.get(k - 1), t, tokens.get(k + 1));
      boolean mustCut =
          t.word().equals("必")
              && k + 1 < tokens.size()
              && tokens.get(k + 1).word().length() > 1
              && tokens.get(k + 1).word().charAt(0) == '须';
      if (t.word().equals("正")
          && k + 1 < tokens.size()
          && tokens.get(k + 1).word().length() > 2
          && tokens.get(k + 1).word().charAt(0) == '副') {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        Token deputy = tokens.get(++k); // 正/副书记 → 正副/书记: the chief and the deputies
        out.add(new Token("正副", "b", t.start()));
        out.add(new Token(deputy.word().substring(1), deputy.pos(), deputy.start() + 1));
        continue;
      }
      boolean withinCut =
          t.word().equals("内应") && k > 0 && endsATime(tokens.get(k - 1)) && k + 1 < tokens.size();
      if (t.word().equals(CENTRE_AND_STATE_ORGANS)) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        out.add(new Token("中央", "n", t.start())); // 中央和国家机关: the organs of two levels
        out.add(new Token("和", "cc", t.start() + 2));
        out.add(new Token("国家机关", t.pos(), t.start() + 3));
        continue;
      }
      if (t.word().equals("中的") && k > 0 && !tokens.get(k - 1).is("w")) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        out.add(
            new Token(
                "中", "f", t.start())); // 改革/中的/偏向 → 改革/中/的: a place word and 的, not 中的 (to hit)
        out.add(word("的", t.start() + 1));
        continue;
      }
      if (t.word().length() > 1
          && t.word().endsWith("队")
          && k + 1 < tokens.size()
          && tokens.get(k + 1).word().equals("伍")) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        out.add(new Token(t.word() + "伍", t.pos(), t.start())); // 救援队/伍/m → 救援队伍: no numeral
        k++;
        continue;
      }
      if (withinCut) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        out.add(new Token("内", "f", t.start()));
        out.add(new Token("应", "v", t.start() + 1));
        continue;
      }
      // One dictionary lookup per word of two characters; the three cuts below need an odd one.
      boolean odd = oddPair(t);
      // The word before as it stands now (a cut before may have changed it).
      Token last = !odd ? null : out != null ? last(out) : k > 0 ? tokens.get(k - 1) : null;
      if (last != null && lent(last, t)) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        String w = t.word();
        out.set(out.size() - 1, word(last.word() + w.charAt(0), last.start())); // 创/新的 → 创新/的
        out.add(word(w.substring(1), t.start() + 1));
        continue;
      }
      if (odd && k + 1 < tokens.size() && stole(t, tokens.get(k + 1))) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        Token next = tokens.get(++k);
        String first = t.word().substring(0, 1);
        Token before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before != null
            && before.word().length() == 1
            && before.end() == t.start()
            && CoreDictionary.get(before.word() + first) != null) {
          out.set(out.size() - 1, word(before.word() + first, before.start())); // 供/应保/障 → 供应
        } else {
          out.add(word(first, t.start())); // 对工/作 → 对/工作
        }
        out.add(word(t.word().substring(1) + next.word(), t.start() + 1));
        continue;
      }
      if (k > 0
          && odd
          && modalFirst(t)
          && !endsAWord(tokens.get(k - 1), t)
          && !(k + 1 < tokens.size() && tokens.get(k + 1).word().startsWith("尽"))) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        String modal = t.word().substring(0, 1);
        out.add(new Token(modal, modal.equals("应") ? "v" : "d", t.start()));
        String rest = t.word().substring(1);
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        if (next != null && CoreDictionary.get(rest + next.word()) != null) {
          out.add(word(rest + next.word(), t.start() + 1)); // 应报/送 → 应/报送
          k++;
        } else {
          out.add(word(rest, t.start() + 1));
        }
        continue;
      }
      if (k + 1 < tokens.size() && reclaimed(t, tokens.get(k + 1))) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        Token next = tokens.get(++k);
        out.add(word(t.word().substring(0, 1), t.start()));
        out.add(own(t.word().substring(1) + next.word(), t.start() + 1)); // 从前/委 → 从/前委
        continue;
      }
      if (!glued && !mustCut) {
        if (out != null) {
          out.add(t);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, k));
      }
      if (glued) {
        out.add(new Token("要", "v", t.start()));
        out.add(word(t.word().substring(1), t.start() + 1));
      } else {
        Token next = tokens.get(++k);
        out.add(new Token("必须", "d", t.start()));
        out.add(word(next.word().substring(1), next.start() + 1));
      }
    }
    return out == null ? tokens : out;
  }

  /** A word cut out of another, with its most frequent tag in the core dictionary (else a verb). */
  private static Token word(String w, int start) {
    switch (w) {
      case "的":
        return new Token(w, "ude1", start); // the tags HanLP's segment gives them
      case "地":
        return new Token(w, "ude2", start);
      case "得":
        return new Token(w, "ude3", start);
      default:
        break;
    }
    CoreDictionary.Attribute known = CoreDictionary.get(w);
    return new Token(w, known == null ? "v" : known.nature[0].toString(), start);
  }

  private static Token last(List<Token> out) {
    return out.isEmpty() ? null : out.get(out.size() - 1);
  }

  /**
   * A word HanLP's core dictionary does not know that glues the modal 应 or 须 to the verb after it
   * (各县/应报/送, 须经/县委/批准): words that start with them and are words (应对, 应急, 须知) are known, and the
   * set phrases 应保尽保, 应收尽收 … (the next word starts with 尽) stay whole.
   */
  private static boolean modalFirst(Token t) {
    String w = t.word();
    return (w.charAt(0) == '应' || w.charAt(0) == '须') && han(w.charAt(1));
  }

  /**
   * Whether the char is of the Han script: at once for the CJK unified ideographs of Unicode 1.1
   * (all Han), which most words of a speech start with, else by Unicode's table of scripts (a
   * binary search).
   */
  static boolean han(char c) {
    return c >= '\u4e00' && c <= '\u9fa5'
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * A word of two characters, the first a Han character, that the core dictionary does not know and
   * the lexicon did not add: one of HanLP's own custom words, forced, which the cuts here may undo.
   */
  private static boolean oddPair(Token t) {
    String w = t.word();
    return w.length() == 2
        && han(w.charAt(0))
        && CoreDictionary.get(w) == null
        && !OWN_WORDS.containsKey(w);
  }

  /**
   * Whether a two-character word the core dictionary does not know (one of HanLP's custom words,
   * forced; never one of the lexicon's) took the first character of a core word whose rest HanLP
   * left on its own after it (治/理工/作 for 治理/工作, 县市/场 for 县/市场, 对工/作 for 对/工作), or, after a
   * preposition, adverb or conjunction, the start of the core word after it: the core word wins.
   */
  private static boolean stole(Token t, Token next) {
    String w = t.word();
    if (next.is("w") || CoreDictionary.get(w.substring(1) + next.word()) == null) {
      return false;
    }
    if (next.word().length() == 1 && next.start() == t.end()) {
      return true;
    }
    CoreDictionary.Attribute first = CoreDictionary.get(w.substring(0, 1));
    String tag = first == null ? "" : first.nature[0].toString();
    return tag.startsWith("p") || tag.startsWith("d") || tag.startsWith("c");
  }

  /**
   * Whether a two-character word the core dictionary does not know (a forced custom word, never the
   * lexicon's) took the last character of a core word from the one-character word before it,
   * leaving a word of its own (创/新的 for 创新/的, 队/伍的, 学/习得, 历/史上, 居/住在): the core word wins.
   */
  private static boolean lent(Token before, Token t) {
    String w = t.word();
    String b = before.word();
    return b.length() == 1
        && before.end() == t.start()
        && han(b.charAt(0))
        && CoreDictionary.get(b + w.charAt(0)) != null
        && functionWord(w.substring(1));
  }

  /** A particle, preposition, localizer or the like (的, 得, 在, 上, 内, 好): no word's head. */
  private static boolean functionWord(String c) {
    CoreDictionary.Attribute a = CoreDictionary.get(c);
    if (a == null) {
      return false;
    }
    String tag = a.nature[0].toString();
    return tag.startsWith("u") || tag.startsWith("p") || tag.startsWith("f") || "好".equals(c);
  }

  /**
   * Whether a core word of two characters took the first character of one of the lexicon's words
   * from the one character HanLP left after it, and its own first character is a preposition or
   * conjunction (从前/委 for 从/前委): the lexicon's word wins, as it was added for this genre.
   */
  private static boolean reclaimed(Token t, Token next) {
    String w = t.word();
    if (w.length() != 2
        || next.word().length() != 1
        || next.start() != t.end()
        || !OWN_WORDS.containsKey(w.charAt(1) + next.word())) {
      return false;
    }
    CoreDictionary.Attribute first = CoreDictionary.get(w.substring(0, 1));
    String tag = first == null ? "" : first.nature[0].toString();
    return tag.startsWith("p") || tag.startsWith("c");
  }

  /**
   * Cuts a noun of a system back where it took the first character of a verb (负责制/定/标准 → 负责/制定/标准,
   * see {@link #verbTaken}); after the other cuts, which may leave that lone character (定标/准 →
   * 定/标准).
   */
  private static List<Token> giveVerbsBack(List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k + 1 < tokens.size() && verbTaken(t, tokens.get(k + 1))) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        Token next = tokens.get(++k);
        String w = t.word();
        out.add(word(w.substring(0, w.length() - 1), t.start()));
        out.add(word(w.charAt(w.length() - 1) + next.word(), t.end() - 1));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out;
  }

  /**
   * Whether a noun of a system (负责制, 责任制: a word of three or more characters ending in 制) took the
   * first character of a verb whose other character HanLP left alone after it (负责制/定/标准 for 负责/制定):
   * the core dictionary knows the rest as a verb and the two characters as a verb, so the verb
   * wins. 负责制/定期 (a longer word after it) stays.
   */
  private static boolean verbTaken(Token t, Token next) {
    String w = t.word();
    if (w.length() < 3
        || w.charAt(w.length() - 1) != '制'
        || next.word().length() != 1
        || next.start() != t.end()) {
      return false;
    }
    CoreDictionary.Attribute rest = CoreDictionary.get(w.substring(0, w.length() - 1));
    CoreDictionary.Attribute verb = CoreDictionary.get("制" + next.word());
    return rest != null
        && verb != null
        && rest.nature[0].toString().startsWith("v")
        && verb.nature[0].toString().startsWith("v");
  }

  /** One of the lexicon's words cut out of HanLP's, with the tag the lexicon gives it. */
  private static Token own(String w, int start) {
    String tag = OWN_WORDS.get(w);
    return tag != null ? new Token(w, tag, start) : word(w, start);
  }

  /** Whether the word before ends a word with the first character of this one (供/应保障: 供应). */
  private static boolean endsAWord(Token before, Token t) {
    String w = before.word();
    return CoreDictionary.get(w.charAt(w.length() - 1) + t.word().substring(0, 1)) != null;
  }

  /**
   * Whether a word names a time that 内 can close (今年, 本月, 十日): HanLP reads 今年/内应/完成 as the noun 内应
   * (an insider) where a document says 今年内/应/完成.
   */
  private static boolean endsATime(Token t) {
    String w = t.word();
    return t.is("t") || "年月周日天".indexOf(w.charAt(w.length() - 1)) >= 0;
  }

  private static boolean readsAsModal(Token before, Token word, Token after) {
    return GLUED_MODALS.contains(word.word())
        && !word.is("v")
        && (before.is("n") || before.is("r") || before.is("d"))
        && !after.is("w")
        && !after.is("u")
        && !after.is("x");
  }

  /**
   * The analyzer's segment reading the given custom dictionary: forced, with offsets, and without
   * HanLP's recognisers of names, places and organisations, which invent names in this genre.
   */
  static Segment segment(DynamicCustomDictionary words) {
    return configure(new QuickViterbi(), words);
  }

  /** A segment given the analyzer's settings (the tests give them to HanLP's own, to compare). */
  static Segment configure(Segment segment, DynamicCustomDictionary words) {
    return segment
        .enableCustomDictionary(words)
        .enableCustomDictionaryForcing(true)
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableOffset(true);
  }

  /**
   * HanLP's Viterbi segment with the same word net, best path and custom-dictionary merge, computed
   * with less work: over a quarter of a unit's segmenting went to looking up, for each pair of
   * adjacent words in the net, how often the pair occurs (a binary search in a row of HanLP's
   * bigram table, of thousands of entries for common words), and the merge copied each word of the
   * path into a new char array to look it up in the runtime dictionary. Here the pair counts are
   * kept in a small table of the pairs last met ({@link PairCounts}); an edge whose pair never
   * occurs has a weight that depends on its second word alone, kept too ({@link Unpaired}); the
   * merge reads each word as it is. The weights are HanLP's own arithmetic, term for term, so the
   * path, its ties and every word, tag and offset are those of {@link ViterbiSegment} (a test
   * compares them on every line of the samples and our corpus and on random joins of them). Any
   * setting this path does not know (the recognisers, index mode, number merging, tagging) goes to
   * HanLP's. With the custom dictionary forced, as the analyzer forces it, the net is a {@link
   * Lattice}: arrays in place of a list of vertices per position, and vertices made for the best
   * path's words alone.
   */
  static final class QuickViterbi extends ViterbiSegment {
    @Override
    protected List<Term> segSentence(char[] sentence) {
      if (config.ner
          || config.indexMode > 0
          || config.numberQuantifierRecognize
          || config.speechTagging
          || !config.useCustomDictionary
          || HanLP.Config.DEBUG) {
        return super.segSentence(sentence);
      }
      if (!config.forceCustomDictionary) {
        WordNet net = new WordNet(sentence);
        generateWordNet(net);
        return convert(merged(bestPath(net)), config.offset);
      }
      Lattice net = new Lattice(sentence);
      net.coreWords();
      customDictionary.parseText(
          sentence,
          (begin, end, value) ->
              net.add(begin + 1, new Vertex(new String(sentence, begin, end - begin), value)));
      net.atoms();
      return convert(merged(net.bestPath()), config.offset);
    }

    /**
     * ViterbiSegment's best path: positions in order, each reached word (in the net's order) tried
     * before every word that follows it; a word keeps the first of equally light paths.
     */
    private static List<Vertex> bestPath(WordNet net) {
      LinkedList<Vertex>[] nodes = net.getVertexes();
      Vertex begin = nodes[0].getFirst();
      for (Vertex to : nodes[1]) {
        relax(begin, begin.weight, begin.attribute.totalFrequency, to);
      }
      for (int i = 1; i < nodes.length - 1; ++i) {
        if (nodes[i] == null) {
          continue;
        }
        for (Vertex from : nodes[i]) {
          if (from.from == null) {
            continue;
          }
          double weight = from.weight;
          int frequency = from.attribute.totalFrequency;
          for (Vertex to : nodes[i + from.realWord.length()]) {
            relax(from, weight, frequency, to);
          }
        }
      }
      List<Vertex> path = new ArrayList<>();
      for (Vertex v = nodes[nodes.length - 1].getFirst(); v != null; v = v.from) {
        path.add(v);
      }
      Collections.reverse(path);
      return path;
    }

    /** Vertex.updateFrom, with MathUtility.calculateWeight's terms in its order. */
    private static void relax(Vertex from, double fromWeight, int fromFrequency, Vertex to) {
      int pair = PairCounts.of(from.wordID, to.wordID);
      int toFrequency = to.attribute.totalFrequency;
      double w =
          fromWeight
              + (pair == 0 && fromFrequency + 1 > 0
                  ? Unpaired.weight(toFrequency)
                  : weight(fromFrequency, pair, toFrequency));
      if (to.from == null || to.weight > w) {
        to.from = from;
        to.weight = w;
      }
    }

    /** MathUtility.calculateWeight of an edge from its three counts. */
    static double weight(int fromFrequency, int pair, int toFrequency) {
      double myu = Predefine.myu;
      return -Math.log(
          0.9 * (myu * pair / (fromFrequency + 1) + 1.0 - myu)
              + 0.09999999999999998 * toFrequency / Predefine.TOTAL_FREQUENCY);
    }

    /**
     * Segment.combineByCustomDictionary(list, dat) on the best path: the longest run of words that
     * makes a word of the custom dictionary's table, then of its runtime trie, becomes one word.
     */
    private List<Vertex> merged(List<Vertex> path) {
      Vertex[] words = path.toArray(new Vertex[0]);
      int length = words.length - 1;
      DoubleArrayTrie<CoreDictionary.Attribute> dat = customDictionary.dat;
      for (int i = 1; i < length; ++i) {
        int state = dat.transition(words[i].realWord, 1);
        if (state > 0) {
          int end = i + 1;
          CoreDictionary.Attribute value = dat.output(state);
          for (int to = i + 1; to < length; ++to) {
            state = dat.transition(words[to].realWord, state);
            if (state < 0) {
              break;
            }
            CoreDictionary.Attribute output = dat.output(state);
            if (output != null) {
              value = output;
              end = to + 1;
            }
          }
          if (value != null) {
            combine(words, i, end, value);
            i = end - 1;
          }
        }
      }
      if (customDictionary.trie != null) {
        for (int i = 1; i < length; ++i) {
          if (words[i] == null) {
            continue;
          }
          BaseNode<CoreDictionary.Attribute> state =
              customDictionary.trie.transition(words[i].realWord, 0);
          if (state != null) {
            int end = i + 1;
            CoreDictionary.Attribute value = state.getValue();
            for (int to = i + 1; to < length; ++to) {
              if (words[to] == null) {
                continue;
              }
              state = state.transition(words[to].realWord, 0);
              if (state == null) {
                break;
              }
              if (state.getValue() != null) {
                value = state.getValue();
                end = to + 1;
              }
            }
            if (value != null) {
              combine(words, i, end, value);
              i = end - 1;
            }
          }
        }
      }
      List<Vertex> out = new ArrayList<>(words.length);
      for (Vertex v : words) {
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }

    /** Segment.combineWords: words[start, end) become one word with the value's tags. */
    private static void combine(
        Vertex[] words, int start, int end, CoreDictionary.Attribute value) {
      if (start + 1 == end) {
        words[start].attribute = value;
        return;
      }
      StringBuilder sb = new StringBuilder();
      for (int j = start; j < end; ++j) {
        if (words[j] != null) {
          sb.append(words[j].realWord);
          words[j] = null;
        }
      }
      String word = sb.toString();
      words[start] = new Vertex(word, word, value);
    }
  }

  /**
   * A sentence's word net as a forcing ViterbiSegment builds it (WordNet, filled by
   * WordBasedSegment.generateWordNet), in arrays: the same words in the same order at each line,
   * found the same way, but a core word is a place in the sentence and an index of the core
   * dictionary until its best path is known, and only the words of that path are made vertices,
   * each as HanLP makes it. The best path is {@link QuickViterbi#bestPath}'s, word for word.
   */
  static final class Lattice {
    private static final int NONE = -1;

    private final char[] chars;

    /** Per line (line i holds the words that start at character i − 1): first and last word. */
    private final int[] head;

    private final int[] tail;

    private int size;
    private int[] line;
    private int[] length;
    private int[] id;
    private int[] frequency;

    /** The core dictionary's index of a core word; NONE for a word made a vertex at once. */
    private int[] core;

    private Vertex[] vertex;
    private int[] next;
    private double[] weight;
    private int[] from;

    Lattice(char[] chars) {
      this.chars = chars;
      int lines = chars.length + 2;
      head = new int[lines];
      tail = new int[lines];
      Arrays.fill(head, NONE);
      int capacity = 2 * chars.length + 8;
      line = new int[capacity];
      length = new int[capacity];
      id = new int[capacity];
      frequency = new int[capacity];
      core = new int[capacity];
      vertex = new Vertex[capacity];
      next = new int[capacity];
      append(0, Vertex.newB());
      append(lines - 1, Vertex.newE());
    }

    /** The core dictionary's words from every position, as DoubleArrayTrie.Searcher finds them. */
    void coreWords() {
      DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
      CoreIds ids = CoreIds.of(trie);
      DoubleArrayTrie<CoreDictionary.Attribute>.Searcher found = trie.getSearcher(chars, 0);
      while (found.next()) {
        int k = slot(found.begin + 1, found.length);
        int index = found.index;
        long compiled = ids.of(index, chars, found.begin, found.length, found.value);
        id[k] = (int) (compiled >> 32);
        frequency[k] = (int) compiled;
        core[k] = index;
      }
    }

    /** WordNet.add: a vertex joins its line unless a word of its length is there. */
    void add(int at, Vertex v) {
      int n = v.realWord.length();
      for (int k = head[at]; k != NONE; k = next[k]) {
        if (length[k] == n) {
          return;
        }
      }
      append(at, v);
    }

    private void append(int at, Vertex v) {
      int k = slot(at, v.realWord.length());
      id[k] = v.wordID;
      frequency[k] = v.attribute.totalFrequency;
      core[k] = NONE;
      vertex[k] = v;
    }

    private int slot(int at, int n) {
      if (size == line.length) {
        int c = size * 2;
        line = Arrays.copyOf(line, c);
        length = Arrays.copyOf(length, c);
        id = Arrays.copyOf(id, c);
        frequency = Arrays.copyOf(frequency, c);
        core = Arrays.copyOf(core, c);
        vertex = Arrays.copyOf(vertex, c);
        next = Arrays.copyOf(next, c);
      }
      int k = size++;
      line[k] = at;
      length[k] = n;
      next[k] = NONE;
      if (head[at] == NONE) {
        head[at] = k;
      } else {
        next[tail[at]] = k;
      }
      tail[at] = k;
      return k;
    }

    /**
     * The rest of WordBasedSegment.generateWordNet: atoms where no word starts (with the numerals
     * after them), each vertex made as WordNet.add(int, List) makes it.
     */
    void atoms() {
      int lines = head.length;
      for (int i = 1; i < lines; ) {
        if (head[i] == NONE) {
          int j = i + 1;
          for (; j < lines - 1; ++j) {
            if (head[j] != NONE && CharType.get(chars[j - 1]) != CharType.CT_CNUM) {
              break;
            }
          }
          int offset = 0;
          for (AtomNode atom : Atoms.of(chars, i - 1, j - 1)) {
            add(i + offset, atomVertex(atom));
            offset += atom.sWord.length();
          }
          i = j;
        } else {
          i += length[tail[i]];
        }
      }
    }

    private static Vertex atomVertex(AtomNode atom) {
      String word = atom.sWord;
      Nature nature = Nature.n;
      int wordId = -1;
      switch (atom.nPOS) {
        case 5:
          nature = Nature.nx;
          word = Predefine.TAG_CLUSTER;
          wordId = CoreDictionary.X_WORD_ID;
          break;
        case 6:
        case 17:
          nature = Nature.w;
          break;
        case 9:
        case 10:
        case 11:
          nature = Nature.m;
          word = Predefine.TAG_NUMBER;
          wordId = CoreDictionary.M_WORD_ID;
          break;
        default:
          break;
      }
      return new Vertex(
          word,
          atom.sWord,
          new CoreDictionary.Attribute(nature, Predefine.OOV_DEFAULT_FREQUENCY),
          wordId);
    }

    /** {@link QuickViterbi#bestPath} on the arrays; the path's words made vertices. */
    List<Vertex> bestPath() {
      weight = new double[size];
      from = new int[size];
      Arrays.fill(from, NONE);
      int lines = head.length;
      double beginWeight = vertex[0].weight;
      for (int to = head[1]; to != NONE; to = next[to]) {
        relax(0, beginWeight, frequency[0], to);
      }
      for (int i = 1; i < lines - 1; ++i) {
        for (int f = head[i]; f != NONE; f = next[f]) {
          if (from[f] == NONE) {
            continue;
          }
          double w = weight[f];
          int fromFrequency = frequency[f];
          for (int to = head[i + length[f]]; to != NONE; to = next[to]) {
            relax(f, w, fromFrequency, to);
          }
        }
      }
      List<Vertex> path = new ArrayList<>();
      for (int k = head[lines - 1]; k != NONE; k = from[k]) {
        path.add(made(k));
        if (k == 0) {
          break;
        }
      }
      Collections.reverse(path);
      return path;
    }

    private void relax(int f, double fromWeight, int fromFrequency, int to) {
      int pair = PairCounts.of(id[f], id[to]);
      int toFrequency = frequency[to];
      double w =
          fromWeight
              + (pair == 0 && fromFrequency + 1 > 0
                  ? Unpaired.weight(toFrequency)
                  : QuickViterbi.weight(fromFrequency, pair, toFrequency));
      if (from[to] == NONE || weight[to] > w) {
        from[to] = f;
        weight[to] = w;
      }
    }

    private Vertex made(int k) {
      Vertex v = vertex[k];
      if (v == null) {
        int index = core[k];
        v =
            new Vertex(
                new String(chars, line[k] - 1, length[k]),
                CoreDictionary.trie.getValueAt(index),
                index);
      }
      return v;
    }
  }

  /** Segment.quickAtomSegment, which only a segment may call. */
  private static final class Atoms extends ViterbiSegment {
    static List<AtomNode> of(char[] chars, int start, int end) {
      return quickAtomSegment(chars, start, end);
    }
  }

  /**
   * The word id and frequency a vertex of each core word gets (Vertex's constructor gives a
   * person's name, a place, a number, a time … the id and attribute of its class), per index of the
   * core dictionary, made by that constructor the first time the word is met.
   */
  static final class CoreIds {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    /** A slot not filled yet: no id is Integer.MIN_VALUE. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private static volatile CoreIds current;

    private final DoubleArrayTrie<CoreDictionary.Attribute> trie;

    /** Per index: the id in the high half, the frequency in the low half, in one slot. */
    private final long[] compiled;

    private CoreIds(DoubleArrayTrie<CoreDictionary.Attribute> trie) {
      this.trie = trie;
      this.compiled = new long[trie.size()];
      Arrays.fill(compiled, UNKNOWN);
    }

    static CoreIds of(DoubleArrayTrie<CoreDictionary.Attribute> trie) {
      CoreIds ids = current;
      if (ids == null || ids.trie != trie) {
        ids = new CoreIds(trie);
        current = ids;
      }
      return ids;
    }

    /** The word's id and frequency, packed: the id in the high half. */
    long of(int index, char[] chars, int begin, int n, CoreDictionary.Attribute value) {
      boolean kept = index >= 0 && index < compiled.length;
      if (kept) {
        long c = (long) SLOT.getOpaque(compiled, index);
        if (c != UNKNOWN) {
          return c;
        }
      }
      Vertex v = new Vertex(new String(chars, begin, n), value, index);
      long c = (long) v.wordID << 32 | (v.attribute.totalFrequency & 0xFFFFFFFFL);
      if (kept) {
        SLOT.setOpaque(compiled, index, c); // the same value whichever thread writes it
      }
      return c;
    }
  }

  /**
   * HanLP's bigram counts (CoreBiGramTableDictionary.getBiFrequency) of the word pairs last met, in
   * a direct-mapped table: each slot holds one pair and its count in one long, so a slot read by
   * one thread while another writes it is either pair whole, and a pair found in its slot is always
   * its own. A pair of a word outside the core dictionary (a negative id) is the dictionary's
   * answer.
   */
  static final class PairCounts {
    private static final int BITS = 16;
    private static final long[] SLOTS = new long[1 << BITS];
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    /** Ids and counts that fit the slot's fields: 20 bits each id, 23 bits the count. */
    private static final int ID_LIMIT = 1 << 20;

    private static final int COUNT_LIMIT = 1 << 23;

    private PairCounts() {}

    static int of(int a, int b) {
      if (a < 0 || b < 0 || a >= ID_LIMIT || b >= ID_LIMIT) {
        return CoreBiGramTableDictionary.getBiFrequency(a, b);
      }
      if (PairFilter.absent(a, b)) {
        return 0;
      }
      long key = ((long) a << 20 | b) + 1; // never 0, the empty slot
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
      long held = (long) SLOT.getOpaque(SLOTS, slot);
      if (held >>> 23 == key) {
        return (int) (held & (COUNT_LIMIT - 1));
      }
      int count = CoreBiGramTableDictionary.getBiFrequency(a, b);
      if (count >= 0 && count < COUNT_LIMIT) {
        SLOT.setOpaque(SLOTS, slot, key << 23 | count);
      }
      return count;
    }
  }

  /**
   * Which word pairs HanLP's bigram table holds, as a Bloom filter read before {@link PairCounts}:
   * three of four pairs that miss that table's slots never occur (on the dev corpus), and each cost
   * a binary search in a row of the bigram table. A pair whose two bits are not both set is not in
   * the table, so its count is 0, as {@code getBiFrequency} finds it; a pair whose bits are set is
   * looked up as before. Both bits are in one word of 64, and there are 8 to 16 bits a pair (half a
   * megabyte for HanLP's mini table), so about three in a hundred absent pairs pass. A row (the
   * pairs that start with one word) is put into the filter the first time a pair of it is asked
   * for, as the tables above fill, so a cold start pays only for the rows its text meets (the whole
   * table takes 20 to 40 ms then); a row is marked filled only once its bits are set, and a bit
   * once set stays, so a thread that sees the mark sees every pair of the row. If the table's
   * arrays cannot be read, nothing is filtered. Like {@link PairCounts}, it reads the table loaded
   * then.
   */
  static final class PairFilter {
    private static final VarHandle WORD = MethodHandles.arrayElementVarHandle(long[].class);

    /** The table's rows (where each word's pairs start) and pairs (id and count); null: unread. */
    private static final int[] START;

    private static final int[] PAIR;

    /** How many word ids the filter has rows for: an id outside them is asked of HanLP. */
    private static final int ROWS;

    /** The filter's words, and per row whether it has been put in. */
    private static final long[] BITS;

    private static final long[] FILLED;

    private static final int SHIFT;

    static {
      int[] start = null;
      int[] pair = null;
      try {
        java.lang.reflect.Field s = CoreBiGramTableDictionary.class.getDeclaredField("start");
        java.lang.reflect.Field p = CoreBiGramTableDictionary.class.getDeclaredField("pair");
        s.setAccessible(true);
        p.setAccessible(true);
        start = (int[]) s.get(null);
        pair = (int[]) p.get(null);
      } catch (ReflectiveOperationException | RuntimeException e) {
        start = null; // HanLP's own lookups answer every pair
      }
      boolean read = start != null && pair != null && start.length >= 2;
      START = start;
      PAIR = pair;
      ROWS = read ? Math.min(start.length - 1, 1 << 20) : 0;
      int words =
          read ? Math.max(64, Integer.highestOneBit(Math.max(1, pair.length / 16)) << 1) : 1;
      BITS = new long[words];
      FILLED = new long[(ROWS + 63) >> 6];
      SHIFT = 64 - Integer.numberOfTrailingZeros(words);
    }

    private PairFilter() {}

    private static long hash(int a, int b) {
      return ((long) a << 20 | b) * 0x9E3779B97F4A7C15L;
    }

    /** The pair's two bits, from the hash's bits just below those that choose its word. */
    private static long mask(long h) {
      return 1L << ((int) (h >>> (SHIFT - 6)) & 63) | 1L << ((int) (h >>> (SHIFT - 12)) & 63);
    }

    /** Whether the pair (ids from 0 to 2^20) is surely not in the bigram table: its count is 0. */
    static boolean absent(int a, int b) {
      if (a >= ROWS) {
        return false;
      }
      if (((long) WORD.getAcquire(FILLED, a >> 6) & 1L << a) == 0) {
        fill(a);
      }
      long h = hash(a, b);
      long m = mask(h);
      return (BITS[(int) (h >>> SHIFT)] & m) != m;
    }

    /** Puts the row's pairs into the filter, then marks it filled. */
    private static void fill(int a) {
      for (int i = START[a]; i < START[a + 1]; i++) {
        int b = PAIR[i << 1];
        if (b >= 0 && b < 1 << 20) {
          long h = hash(a, b);
          WORD.getAndBitwiseOr(BITS, (int) (h >>> SHIFT), mask(h));
        }
      }
      WORD.getAndBitwiseOrRelease(FILLED, a >> 6, 1L << a);
    }
  }

  /**
   * The weight of an edge whose pair never occurs: {@link QuickViterbi#weight} with a count of 0,
   * which then depends on the second word's frequency alone, for the frequencies last met.
   */
  static final class Unpaired {
    private static final int BITS = 12;

    /**
     * A frequency and its weight; immutable, so a slot read while another thread fills it is safe.
     */
    private record Entry(int frequency, double weight) {}

    private static final Entry[] SLOTS = new Entry[1 << BITS];

    private Unpaired() {}

    static double weight(int toFrequency) {
      int slot = (toFrequency * 0x9E3779B9) >>> (32 - BITS);
      Entry held = SLOTS[slot];
      if (held != null && held.frequency() == toFrequency) {
        return held.weight();
      }
      double w = QuickViterbi.weight(0, 0, toFrequency);
      SLOTS[slot] = new Entry(toFrequency, w);
      return w;
    }
  }

  /**
   * HanLP's custom dictionary as a segment that forces it reads it, without the words that could
   * not change the word net. A forcing segment puts into its word net first every word of the core
   * dictionary found in the sentence, then every word of the custom dictionary; the net keeps one
   * word per position and length, the first put there, so a custom word that is also a core word is
   * dropped where it is found: 98% of the custom words found in the dev corpus are. This dictionary
   * does not hand those on, which spares their vertices (a string and a vertex each, and the net's
   * scan of the words already there); whether a custom word is a core word is looked up once per
   * word and kept. Everything else (the words added at run time, the words merged after the best
   * path is found) is the custom dictionary's own: this one shares its tables. Only a segment's
   * word net may read it.
   */
  static final class ForcedWords extends DynamicCustomDictionary {
    private static final byte UNKNOWN = 0;
    private static final byte CORE = 1;
    private static final byte NEW = 2;

    /** Per index of the custom words' table, whether the word is a core word; with its table. */
    private volatile Marks marks;

    private record Marks(DoubleArrayTrie<CoreDictionary.Attribute> words, byte[] core) {}

    ForcedWords() {
      super(null, null, null);
    }

    /** Shares the tables of {@code words} as they are now (called after words are added). */
    void follow(DynamicCustomDictionary words) {
      this.dat = words.dat;
      this.trie = words.trie;
      this.normalization = words.normalization;
      if (marks == null || marks.words() != words.dat) {
        marks = new Marks(words.dat, new byte[words.dat.size()]);
      }
    }

    @Override
    public void parseText(
        char[] text, AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> processor) {
      if (trie != null) {
        trie.parseText(text, processor);
      }
      Marks m = marks;
      byte[] core = m.core();
      DoubleArrayTrie<CoreDictionary.Attribute>.Searcher found = m.words().getSearcher(text, 0);
      while (found.next()) {
        int i = found.index;
        byte mark = i < core.length ? core[i] : NEW;
        if (mark == UNKNOWN) {
          String word = new String(text, found.begin, found.length);
          mark = CoreDictionary.trie.containsKey(word) ? CORE : NEW;
          core[i] = mark; // the same value whichever thread writes it
        }
        if (mark == NEW) {
          processor.hit(found.begin, found.begin + found.length, found.value);
        }
      }
    }
  }

  /**
   * The traditional → simplified conversion alone, without a segmenter: what reading words from
   * users needs before the analyzer that will know them is built.
   */
  public static ScriptConverter scriptConverter() {
    return HanLpAnalyzer::simplified;
  }

  @Override
  public String toSimplified(String text) {
    return simplified(text);
  }

  private static String simplified(String text) {
    if (!Traditional.changes(text)) {
      return text;
    }
    String whole = HanLP.convertToSimplifiedChinese(text);
    if (whole.length() == text.length()) {
      return whole;
    }
    // A phrase changed length: convert char by char so that offsets still line up.
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x2E80 || Character.isSurrogate(c)) {
        sb.append(c);
        continue;
      }
      String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
      sb.append(one.length() == 1 ? one.charAt(0) : c);
    }
    return sb.toString();
  }

  /**
   * Which texts HanLP's conversion can change: those holding a phrase of its table ({@code
   * t2s.txt}) that maps to another one. Its conversion replaces each longest phrase found by what
   * it maps to, so a text without such a phrase comes back as it is, and most speeches (simplified
   * already) have none. HanLP builds the automaton of that table on the first conversion, about 120
   * ms of a cold start; reading which phrases change takes a fifth of that. Whatever of the table
   * this does not read (a line without =, an empty phrase) turns the check off: every text is then
   * converted.
   */
  static final class Traditional {
    /** Per character, whether it alone is a phrase that changes (傳 → 传). */
    private static final boolean[] SINGLE = new boolean[Character.MAX_VALUE + 1];

    /** Per character, the longer phrases that change and start with it (乾隆 stays, 乾淨 not). */
    private static final String[][] LONGER = new String[Character.MAX_VALUE + 1][];

    /** False when the table could not be read: every text may change. */
    private static final boolean KNOWN = load();

    private Traditional() {}

    /** Whether converting the text may change it; false only when it certainly does not. */
    static boolean changes(String text) {
      if (!KNOWN) {
        return true;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (SINGLE[c]) {
          return true;
        }
        String[] longer = LONGER[c];
        if (longer != null) {
          for (String p : longer) {
            if (text.startsWith(p, i)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** Reads the table as HanLP does: lines of phrase=phrase, split at the first =. */
    private static boolean load() {
      String table;
      try (InputStream in = IOUtil.newInputStream(HanLP.Config.tcDictionaryRoot + "t2s.txt")) {
        table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        return false; // HanLP's own conversion reports what is wrong with its table
      }
      // Plain index arithmetic: this runs in the interpreter at every start.
      int n = table.length();
      for (int at = 0; at < n; ) {
        int end = table.indexOf('\n', at);
        end = end < 0 ? n : end;
        int next = end + 1;
        if (end > at && table.charAt(end - 1) == '\r') {
          end--;
        }
        int eq = table.indexOf('=', at);
        if (eq < 0 || eq >= end) {
          if (end == at) {
            at = next; // a blank line
            continue;
          }
          return false;
        }
        boolean same = eq - at == end - eq - 1 && table.regionMatches(at, table, eq + 1, eq - at);
        if (!same) {
          // Stripped: a shorter phrase is found in more texts, never in fewer than HanLP's.
          String from = table.substring(at, eq).replace("\uFEFF", "").strip();
          if (from.isEmpty()) {
            return false;
          }
          char c = from.charAt(0);
          if (from.length() == 1) {
            SINGLE[c] = true;
          } else {
            String[] known = LONGER[c];
            String[] more = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
            more[more.length - 1] = from;
            LONGER[c] = more;
          }
        }
        at = next;
      }
      return true;
    }
  }
}
