/** The survey views; the questions component is the one part the customer portal embeds (named interface "ui" on the type). */
package com.siteline.survey.ui;
