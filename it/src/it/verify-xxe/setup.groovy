// Reports that try to read a local secret file and to reach a local HTTP listener (XXE, external DTD,
// parameter entity). The listener counts every connection into listener-hits.txt.
def secret = "cloudtest-xxe-secret-${UUID.randomUUID()}"
def secretFile = new File(basedir, 'secret.txt')
secretFile.text = secret

def server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
def hits = new File(basedir, 'listener-hits.txt')
hits.text = '0'
def count = 0
Thread.startDaemon('xxe-listener') {
    while (!server.closed) {
        try {
            def socket = server.accept()
            hits.text = String.valueOf(++count)
            socket.outputStream.write('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nLEAKED-VIA-HTTP'.bytes)
            socket.close()
        } catch (SocketException closed) {
            return
        }
    }
}
System.properties.put('cloudtest.it.xxe.listener', server)
def url = "http://127.0.0.1:${server.localPort}"

def reports = new File(basedir, 'reports')
reports.mkdirs()
new File(reports, 'TEST-com.example.FileXxeIT.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE testsuite [ <!ENTITY secret SYSTEM "${secretFile.toURI()}"> ]>
<testsuite name="com.example.FileXxeIT" tests="1" failures="1">
  <testcase classname="com.example.FileXxeIT" name="leaks"><failure message="&secret;">&secret;</failure></testcase>
</testsuite>
"""
new File(reports, 'TEST-com.example.HttpXxeIT.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE testsuite SYSTEM "${url}/external.dtd" [
  <!ENTITY % remote SYSTEM "${url}/parameter.dtd">
  %remote;
  <!ENTITY fetched SYSTEM "${url}/entity">
]>
<testsuite name="com.example.HttpXxeIT" tests="1" failures="1">
  <testcase classname="com.example.HttpXxeIT" name="calls"><failure message="&fetched;">&fetched;</failure></testcase>
</testsuite>
"""
new File(reports, 'web').mkdirs()
new File(reports, 'web/junit-web.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="web" tests="1"><testcase classname="web" name="renders"/></testsuite></testsuites>
"""
true
