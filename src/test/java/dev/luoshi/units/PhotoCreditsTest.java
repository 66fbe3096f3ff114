package dev.luoshi.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Photo credits glued to the unit after a caption, on lines written for these tests. */
class PhotoCreditsTest {
  private static Unit unit(String text) {
    return new Unit(3, 40, 40 + text.length(), 2, text);
  }

  @Test
  void aCreditAtTheStartIsSteppedOver() {
    Unit u = unit("本报记者 张明/摄坚持问题导向，各乡镇要加快整改。");
    Unit after = PhotoCredits.after(u);
    assertEquals("坚持问题导向，各乡镇要加快整改。", after.text());
    assertEquals(49, after.start());
    assertEquals(u.end(), after.end());
    assertEquals(u.index(), after.index());
    assertEquals(u.line(), after.line());
  }

  @Test
  void twoPhotographersAndSpacesAroundTheSlash() {
    assertEquals("第二，压实工作责任。", PhotoCredits.after(unit("新华社记者 李华、王强 / 摄 第二，压实工作责任。")).text());
  }

  @Test
  void aUnitWithNoCreditOrNothingButOneIsLeftAlone() {
    Unit plain = unit("摄影展要在月底前布置完毕。");
    assertSame(plain, PhotoCredits.after(plain));
    Unit only = unit("新华社记者 李华/摄");
    assertSame(only, PhotoCredits.after(only));
    Unit later = unit("各单位要组织记者 张明/摄制的专题片观看。");
    assertSame(later, PhotoCredits.after(later));
  }
}
