package dev.luoshi.extract.deadlines;

/** What a time phrase does to a task, and how strongly it bounds it when a unit has several. */
enum PhraseKind {
  /** A bound that a date may follow from: 3月15日前, 今年, 第一季度, 十五日内. */
  DEADLINE(3),
  /** A bound that comes back every period: 每年2月底前. Never dated. */
  RECURRING(3),
  /** A bound that fixes no day: 第三年内, 以三年时间, 节前. Never dated. */
  UNDATED(3),
  /**
   * A time limit counted from whatever happens, a standing rule's (发生险情的，30分钟内; 接到通知后，三日内). Never
   * dated.
   */
  LIMIT(3),
  /** An urgency word standing for the bound: 尽快, 立即, 会后. Never dated. */
  URGENT(2),
  /** A start: 从今年起, 2020年起, 从下半年开始. Never dated. */
  START(1),
  /** A window the action holds in: 当前, 疫情期间, 过渡期内. Never dated. */
  WINDOW(0);

  private final int rank;

  PhraseKind(int rank) {
    this.rank = rank;
  }

  /** How strongly the phrase bounds the action; the highest wins in a unit. */
  int rank() {
    return rank;
  }
}
