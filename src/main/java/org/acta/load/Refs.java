package org.acta.load;

import java.util.ArrayList;
import java.util.List;
import org.acta.model.Ref;

/** Reads id references; whether the ids exist is checked later, across files. */
final class Refs {
  private Refs() {}

  static Ref one(Fields f, String key, Fields.Need need) {
    String id = f.slug(key, need);
    return id == null ? null : new Ref(id, f.position(key));
  }

  static List<Ref> many(Fields f, String key) {
    List<String> ids = f.texts(key, Fields.OPTIONAL);
    var positions = f.itemPositions(key);
    List<Ref> refs = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      var at = i < positions.size() ? positions.get(i) : f.position(key);
      if (!Fields.SLUG.matcher(id).matches()) {
        f.error(key, "'" + key + "' holds \"" + id + "\", which is not an id (lowercase "
            + "letters, digits and hyphens).");
        continue;
      }
      refs.add(new Ref(id, at));
    }
    return refs;
  }
}
