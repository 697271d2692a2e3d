package dev.mcpgen.processor;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String expressions for generated code. A class file holds a string constant in at most 65,535
 * bytes of modified UTF-8, and javac folds {@code "a" + "b"} into one constant, so a longer
 * string (a tool with a huge schema or description) is split into parts joined at run time.
 */
final class JavaStrings {
  /** Bytes per part, under the class-file limit with room to spare. */
  static final int MAX_PART_BYTES = 60_000;

  private JavaStrings() {}

  /** {@code "value"}, or {@code String.join("", "part", "part"...)} when it is too long. */
  static CodeBlock literal(String value) {
    List<String> parts = split(value);
    if (parts.size() == 1) {
      return CodeBlock.of("$S", value);
    }
    return CodeBlock.builder()
        .add("$T.join(\"\",\n$>$>", String.class)
        .add(CodeBlock.join(parts.stream().map(part -> CodeBlock.of("$S", part)).toList(), ",\n"))
        .add("$<$<)")
        .build();
  }

  /** Splits between characters, never inside a surrogate pair. */
  static List<String> split(String value) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int size = c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
      if (bytes + size > MAX_PART_BYTES && !Character.isLowSurrogate(c)) {
        parts.add(value.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
    }
    parts.add(value.substring(start));
    return parts;
  }
}
