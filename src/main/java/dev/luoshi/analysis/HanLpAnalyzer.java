package dev.luoshi.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

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

  private final Segment segment;

  private HanLpAnalyzer(Segment segment) {
    this.segment = segment;
  }

  /** An analyzer that knows the lexicon's words (added once per process, idempotently). */
  public static HanLpAnalyzer create(Lexicon lexicon) {
    synchronized (LOCK) {
      for (Lexicon.Entry e : lexicon.entries()) {
        CustomDictionary.insert(e.word(), e.pos() + " 1000");
      }
      Segment s =
          HanLP.newSegment()
              .enableCustomDictionary(true)
              .enableCustomDictionaryForcing(true)
              .enableNameRecognize(false)
              .enablePlaceRecognize(false)
              .enableOrganizationRecognize(false)
              .enableTranslatedNameRecognize(false)
              .enableJapaneseNameRecognize(false)
              .enableOffset(true);
      HanLpAnalyzer analyzer = new HanLpAnalyzer(s);
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
    return List.copyOf(out);
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
}
