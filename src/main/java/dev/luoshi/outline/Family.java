package dev.luoshi.outline;

/**
 * A numbering family and its conventional rank: 一、 holds （一）, which holds 1., which holds （1）,
 * which holds ①. Enumerations (一是, 第一，, 首先) nest under whatever is open. The rank only decides
 * which finished series a new one closes; levels follow nesting in the text.
 */
public enum Family {
  /** 一、 二、 */
  CN_COMMA(1),
  /**
   * 一 alone at the start of a line, or before a space and a title (## 一, 一　总则); its title is often
   * the body's first sentence, so it says nothing of what the chapter is about.
   */
  BARE_CN(1),
  /** （一） (一) */
  PAREN_CN(2),
  /** （甲） (乙): the heavenly stems that number the parts of older documents. */
  PAREN_STEM(1),
  /** 1. 1． */
  ARABIC_DOT(3),
  /** 1、 */
  ARABIC_COMMA(3),
  /** （1） (1) */
  PAREN_ARABIC(4),
  /** ① ② */
  CIRCLED(5),
  /**
   * The chapters, sections and clauses a plan or a standard numbers by decimals (1 总则, 1.1 编制目的,
   * 3.2.1 …), at a line start and before a space: one family per depth, each deeper than the last.
   */
  DECIMAL_1(3),
  DECIMAL_2(4),
  DECIMAL_3(5),
  /** 第一， 第二点， 第三个问题， (and 一个是 opening a 第二， series) */
  ORDINAL(6),
  /** 首先， 其次， 最后， */
  SEQUENCE(7),
  /**
   * 一是 二要 三要: the innermost family, a list of clauses or sentences that holds no points of its own,
   * so a new series after a finished one (…十是…。第一，…) is its sibling, not its child.
   */
  ENUMERATION(8);

  private final int rank;

  Family(int rank) {
    this.rank = rank;
  }

  /** 1 for the outermost family by convention; larger numbers sit deeper. */
  public int rank() {
    return rank;
  }

  /** Whether the family also numbers clauses after a comma (…，一是…，二是…; …，第一点是…). */
  public boolean inline() {
    return this == ORDINAL || this == ENUMERATION;
  }

  /** Whether the family conventionally numbers headings of its own (rather than clauses). */
  public boolean chapterLike() {
    return this == CN_COMMA || this == PAREN_CN || this == PAREN_STEM;
  }
}
