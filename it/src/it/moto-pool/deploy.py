# The "user's deploy command" of the moto-pool IT: create or update the leased stack on moto.
import json
import os

import boto3

name = os.environ["CLOUDTEST_STACK_NAME"]
cf = boto3.client("cloudformation", endpoint_url=os.environ["CLOUDTEST_MOTO_ENDPOINT"], region_name="us-east-1")
template = json.dumps({
    "Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": name + "-queue"}}},
    "Outputs": {"StackLabel": {"Value": "deployed " + name}},
})
print("deploying " + name + " (fence " + os.environ["CLOUDTEST_STACK_FENCE"] + ")", flush=True)
# A secret-shaped line: deploy-stack must mask it in the log.
print("using key AKIAABCDEFGHIJKLMNOP", flush=True)
try:
    cf.describe_stacks(StackName=name)
    cf.update_stack(StackName=name, TemplateBody=template)
    print("updated stack " + name)
except cf.exceptions.ClientError as e:
    if "does not exist" not in str(e):
        raise
    cf.create_stack(StackName=name, TemplateBody=template)
    print("created stack " + name)
