package com.siteline.base;

/**
 * A field of a service's input, named by a type: an enum nested in the input record, one constant per field a
 * form binds. A refusal names the field it is about by this type, and the form marks the component it bound to
 * that constant, so no screen matches message keys to find where a problem belongs.
 */
public interface InputField {}
