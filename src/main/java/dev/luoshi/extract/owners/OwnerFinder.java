package dev.luoshi.extract.owners;

import dev.luoshi.analysis.Token;
import dev.luoshi.plan.Owner;
import java.util.List;

/** Finds who must act on a unit: lead and supporting bodies, as written (GUIDELINE §4). */
public interface OwnerFinder {
  /**
   * The owners named in a unit, in text order, without duplicates.
   *
   * @param unit the unit's normalised text (simplified script, half-width digits)
   * @param tokens the unit's words, offsets into {@code unit}
   */
  List<Owner> find(String unit, List<Token> tokens);
}
