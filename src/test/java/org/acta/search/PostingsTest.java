package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * A term's postings are held as varint gaps and one-byte weights; written out, they are the
 * same (gap, weight) numbers the browser reads, for gaps of one to four bytes.
 */
class PostingsTest {
  private static String written(Postings postings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonMapper.builder().build().createGenerator(bytes)) {
      json.writeStartArray();
      postings.write(json);
      json.writeEndArray();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gapsAndWeightsComeBackAsTheyWereAdded() {
    Postings postings = new Postings();
    int[] ids = {1, 2, 129, 130, 16_514, 16_515, 2_113_667, 270_549_122};
    int[] weights = {1, SearchIndex.MAX_WEIGHT, 5, 2, 1, 7, 3, 1};
    for (int i = 0; i < ids.length; i++) {
      postings.add(ids[i], weights[i]);
    }

    // Gaps: 1, 1, 127, 1, 16384, 1, 2097152, 268435455 (one to four varint bytes).
    assertThat(written(postings)).isEqualTo(
        "[1,1,1,99,127,5,1,2,16384,1,1,7,2097152,3,268435455,1]");
  }

  @Test
  void manyDocumentsGrowTheBufferWithoutLosingOne() {
    Postings postings = new Postings();
    StringBuilder expected = new StringBuilder("[");
    for (int id = 1; id <= 100_000; id += 3) {
      postings.add(id, id % SearchIndex.MAX_WEIGHT + 1);
      expected.append(expected.length() == 1 ? "" : ",").append(id == 1 ? 1 : 3).append(',')
          .append(id % SearchIndex.MAX_WEIGHT + 1);
    }

    assertThat(written(postings)).isEqualTo(expected.append(']').toString());
  }
}
