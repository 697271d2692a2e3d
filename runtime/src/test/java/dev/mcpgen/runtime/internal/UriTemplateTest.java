package dev.mcpgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriTemplateTest {
  private final UriTemplate template = UriTemplate.compile("users://{id}/posts/{post}.json");

  @Test
  void variablesAreListedInOrder() {
    assertEquals(List.of("id", "post"), template.variables());
  }

  @Test
  void aMatchingUriYieldsItsDecodedValues() {
    assertEquals(Map.of("id", "a b", "post", "7+8"),
        template.match("users://a%20b/posts/7+8.json"));
  }

  @Test
  void literalsMatchLiterallyNotAsRegex() {
    assertNull(template.match("users://1/posts/2Xjson"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"users://1/posts/.json", "users://1/2/posts/3.json",
      "users://1/posts/3.json?x", "other://1/posts/3.json"})
  void aUriThatDoesNotMatchYieldsNull(String uri) {
    assertNull(template.match(uri));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "file:///fixed", "a/{b", "a/}b/{c}", "a/{+b}", "a/{b,c}",
      "a/{b}{c}", "a/{b}/{b}", "a/{}"})
  void onlyLevelOneTemplatesWithVariablesCompile(String invalid) {
    assertThrows(IllegalArgumentException.class, () -> UriTemplate.compile(invalid));
  }
}
