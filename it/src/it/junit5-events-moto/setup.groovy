// The "deployed" stack on moto: an EventBridge bus, its name as an output.
def script = new File(basedir, 'create_stack.py').absolutePath
def process = ['python3', script].execute(["CLOUDTEST_MOTO_ENDPOINT=${motoEndpoint}", "PATH=${System.getenv('PATH')}",
        'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'AWS_SECRET_ACCESS_KEY=moto'], basedir)
def out = new StringBuilder()
process.waitForProcessOutput(out, out)
assert process.exitValue() == 0 : "create_stack.py failed: ${out}"
true
