package org.acta.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * One record or enum as templates see it: Freemarker's own bean model (so printing it, method
 * calls, {@code ??}, {@code ?has_content} and passing it back to Java behave as before), whose
 * plain properties are read through {@link RecordProperties}' generated functions and kept once
 * read, for a page reads {@code v.agreement} many times. A model lives for one page render, on
 * one thread, like every model Freemarker makes.
 */
final class RecordModel extends GenericObjectModel {
  /** A property read as null (Freemarker's "missing"), kept apart from "not read yet". */
  private static final Object NULL = new Object();

  private final RecordProperties properties;
  private Object[] read;

  RecordModel(Object record, BeansWrapper wrapper, RecordProperties properties) {
    super(record, wrapper);
    this.properties = properties;
  }

  @Override
  protected TemplateModel get(String key, boolean beforeMethodCall)
      throws TemplateModelException, ShouldNotBeGetAsMethodException {
    int i = beforeMethodCall ? -1 : properties.indexOf(key);
    if (i < 0) {
      return super.get(key, beforeMethodCall);
    }
    if (read == null) {
      read = new Object[properties.size()];
    } else if (read[i] != null) {
      return read[i] == NULL ? null : (TemplateModel) read[i];
    }
    Object value;
    try {
      value = properties.read(i, object);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // Freemarker reads it again and reports the failure in its own words, as before.
      return super.get(key, false);
    }
    TemplateModel model = wrap(value);
    read[i] = model == null ? NULL : model;
    return model;
  }
}
