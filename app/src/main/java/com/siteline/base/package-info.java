/**
 * Shared kernel: the entity base class, locales and i18n, small UI building blocks. Open to every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.siteline.base;

import org.springframework.modulith.ApplicationModule;
