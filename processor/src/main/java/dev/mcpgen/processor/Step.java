package dev.mcpgen.processor;

import java.util.Set;
import javax.annotation.processing.RoundEnvironment;

/**
 * The processor's work for one annotation family, round by round. Steps run in the order the
 * processor lists them, so later steps see what earlier ones found in the same round.
 */
interface Step {
  /** The annotations this step handles, by qualified name. */
  Set<String> annotations();

  /** Handles the elements of one round (not the last). */
  void process(RoundEnvironment round);

  /** Finishes in the last round: report what never resolved, write what aggregates. */
  void finish();
}
