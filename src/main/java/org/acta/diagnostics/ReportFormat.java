package org.acta.diagnostics;

import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How problems are printed: for people, as GitHub Actions annotations, or as JSON. */
public enum ReportFormat {
  HUMAN, GITHUB, JSON;

  public String format(Problems problems) {
    return format(problems, Lang.EN);
  }

  /** Every problem in {@code lang}; file:line:column and the machine fields stay the same. */
  public String format(Problems problems, Lang lang) {
    List<Problem> all = problems.all();
    return switch (this) {
      case HUMAN -> ProblemFormatter.format(all, lang)
          + (all.isEmpty() ? "" : ProblemFormatter.summary(problems, lang) + "\n");
      case GITHUB -> github(all, lang);
      case JSON -> json(all, lang);
    };
  }

  /** {@code ::error file=F,line=L,col=C::message}, escaped as the workflow commands require. */
  static String github(List<Problem> problems, Lang lang) {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      out.append("::").append(p.isError() ? "error" : "warning")
          .append(" file=").append(property(p.position().file()));
      if (p.position().line() > 0) {
        out.append(",line=").append(p.position().line());
      }
      if (p.position().column() > 0) {
        out.append(",col=").append(p.position().column());
      }
      out.append("::").append(data(p.message(lang))).append('\n');
    }
    return out.toString();
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  static String json(List<Problem> problems, Lang lang) {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectNode root = mapper.createObjectNode();
    root.put("language", lang.code());
    root.put("errors", problems.stream().filter(Problem::isError).count());
    root.put("warnings", problems.stream().filter(p -> !p.isError()).count());
    ArrayNode list = root.putArray("problems");
    for (Problem p : problems) {
      ObjectNode o = list.addObject();
      o.put("severity", p.severity().label());
      o.put("file", p.position().file());
      o.put("line", p.position().line());
      o.put("column", p.position().column());
      o.put("code", p.code());
      o.put("message", p.message(lang));
    }
    return mapper.writeValueAsString(root) + "\n";
  }
}
