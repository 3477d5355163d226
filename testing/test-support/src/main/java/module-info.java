/** Test helpers that need nothing of Parley, so the tests of every module, server and accounts included, can use them. */
module dev.parley.testsupport {
    exports dev.parley.testsupport;
}
