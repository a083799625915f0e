/** The spark-submit artifact: avow's code and its libraries, without Spark and without the CoreNLP models. */
package org.avow.job;
