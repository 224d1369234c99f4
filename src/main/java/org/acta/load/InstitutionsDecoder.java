package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.util.List;
import java.util.Set;
import org.acta.model.Institution;
import org.acta.model.InstitutionKind;
import org.acta.model.Text;

/** Decodes {@code content/institutions.yaml}. */
final class InstitutionsDecoder {
  private InstitutionsDecoder() {}

  /** @param declared receives every id written, even of entries with other errors */
  static List<Institution> decode(Fields f, Set<String> declared) {
    List<Institution> list = f.list("institutions", REQUIRED, i -> {
      String id = i.slug("id", REQUIRED);
      if (id != null) {
        declared.add(id);
      }
      Text name = i.translatableText("name", REQUIRED);
      Text acronym = i.translatableText("acronym", OPTIONAL);
      InstitutionKind kind = i.keyword("kind", InstitutionKind.class, REQUIRED);
      String url = i.url("url", OPTIONAL);
      var parent = Refs.one(i, "parent", OPTIONAL);
      if (id == null || name == null || kind == null) {
        return null;
      }
      return new Institution(id, name, acronym, kind, url, parent, i.position("id"));
    });
    f.finish();
    return list;
  }
}
