import dev.cloudtest.it.MotoSeed

MotoSeed.at(motoEndpoint).createPipeline('it-moto-run', new File(basedir, 'pipeline.json').text)
true
