// The Camel JBang launcher, as the `camel` script of JBang runs it, for machines with a JDK and Maven but no jbang:
//   java -cp <camel-jbang-core 4.17.0 classpath> CamelJBang.java run triage.camel.yaml ...
// (see README.md next to this file)
public class CamelJBang {
    public static void main(String... args) {
        org.apache.camel.dsl.jbang.core.commands.CamelJBangMain.run(args);
    }
}
