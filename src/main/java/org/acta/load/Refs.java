package org.acta.load;

import java.util.ArrayList;
import java.util.List;
import org.acta.diagnostics.Message;
import org.acta.model.Ref;

/** Reads id references; whether the ids exist is checked later, across files. */
final class Refs {
  private Refs() {}

  static Ref one(Fields f, String key, Fields.Need need) {
    String id = f.slug(key, need);
    return id == null ? null : f.shared(new Ref(id, f.position(key)));
  }

  static List<Ref> many(Fields f, String key) {
    List<Ref> refs = new ArrayList<>();
    for (Fields.Item item : f.textItems(key, Fields.OPTIONAL)) {
      if (!Fields.SLUG.matcher(item.text()).matches()) {
        f.error(item.at(), Message.of("refs.holds-which-is-not", key, item.text()));
        continue;
      }
      refs.add(f.shared(new Ref(item.text(), item.at())));
    }
    // Most lists hold one to three ids: no room kept for ten.
    ((ArrayList<Ref>) refs).trimToSize();
    return refs;
  }
}
