// The generated help goal lists every goal with every parameter a user can set, each with its description.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('Display help information on cloudtest-maven-plugin')
assert !log.contains('(no description available)') : 'every goal and parameter needs Javadoc'

// The descriptor the plugin build generated from the Mojos: the list of what help must show.
def descriptor = new File(basedir, '../../../../maven-plugin/target/classes/META-INF/maven/plugin.xml')
assert descriptor.isFile() : "no plugin descriptor at ${descriptor}"
def factory = DocumentBuilderFactory.newInstance()
factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
def mojos = factory.newDocumentBuilder().parse(descriptor).getElementsByTagName('mojo')
assert mojos.length >= 2

def sectionOf = { String goal ->
    def start = log.indexOf("\ncloudtest:${goal}\n")
    assert start >= 0 : "help does not list cloudtest:${goal}"
    def next = log.indexOf('\ncloudtest:', start + 1)
    log.substring(start, next < 0 ? log.length() : next)
}
for (int i = 0; i < mojos.length; i++) {
    def mojo = mojos.item(i)
    def goal = mojo.getElementsByTagName('goal').item(0).textContent
    def section = sectionOf(goal)
    def parameters = mojo.getElementsByTagName('parameter')
    for (int j = 0; j < parameters.length; j++) {
        def parameter = parameters.item(j)
        def name = parameter.getElementsByTagName('name').item(0).textContent
        def editable = parameter.getElementsByTagName('editable').item(0)?.textContent
        if (editable == 'true') {
            assert section =~ /(?m)^\s+${name}( |$)/ : "help for cloudtest:${goal} does not list parameter ${name}"
        }
    }
}
true
